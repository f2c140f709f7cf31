// Network faults for the browser tests, as test-runner middleware: a server that never answers, error
// statuses, and faults armed for one file of the widget (a locale, a code chunk) until released.
//   GET /__faults/status/<code>/<name>   answers <code> (404, 503 …)
//   GET /__faults/hang/<name>            never answers (until the page gives up or 30 s pass)
//   GET /__faults/arm?path=<part>&mode=hang|fail   the next requests whose path (with its query)
//       contains <part>
//       hang until /__faults/release, or fail with 503 (mode=fail, `times` requests, default 1)
//   GET /__faults/release                lets held requests through and disarms everything

const HOLD_LIMIT_MS = 30_000;
const armed = new Map();
const held = new Set();

function hold(ctx) {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      held.delete(release);
      resolve();
    };
    const timer = setTimeout(release, HOLD_LIMIT_MS);
    held.add(release);
    ctx.req.on("close", release);
  });
}

export function faultMiddleware() {
  return async (ctx, next) => {
    const { path } = ctx;
    if (path === "/__faults/arm") {
      const times = Number(ctx.query.times ?? 1);
      armed.set(String(ctx.query.path), { mode: String(ctx.query.mode), times });
      ctx.body = "armed";
      return;
    }
    if (path === "/__faults/release") {
      armed.clear();
      for (const release of [...held]) release();
      ctx.body = "released";
      return;
    }
    const status = /^\/__faults\/status\/(\d{3})\//.exec(path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = `fault ${status[1]}`;
      return;
    }
    if (path.startsWith("/__faults/hang/")) {
      await hold(ctx);
      ctx.status = 504;
      ctx.body = "held";
      return;
    }
    for (const [part, fault] of armed) {
      if (!ctx.url.includes(part)) continue;
      if (fault.mode === "hang") {
        await hold(ctx);
        return next();
      }
      fault.times -= 1;
      if (fault.times <= 0) armed.delete(part);
      ctx.status = 503;
      ctx.body = "fault 503";
      return;
    }
    return next();
  };
}
