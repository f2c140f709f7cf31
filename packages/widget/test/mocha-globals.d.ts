// The few Mocha globals the browser tests use (web-test-runner runs Mocha); saves a dependency.
declare function describe(name: string, body: () => void): void;
interface MochaTestContext {
  skip(): void;
  timeout(ms: number): void;
}
declare function it(name: string, body: (this: MochaTestContext) => void | Promise<void>): void;
declare function before(body: () => void | Promise<void>): void;
declare function after(body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;
