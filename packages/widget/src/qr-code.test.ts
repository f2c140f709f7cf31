import { expect } from "@open-wc/testing";
import decodeQR from "qr/decode.js";
import { qrCode } from "./qr-code.js";

/** Draws the path as a printer would (black on white, with the quiet zone) and reads it with another library. */
function decode(code: { size: number; path: string }): string {
  const scale = 6;
  const width = (code.size + 8) * scale;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = width;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, width);
  context.setTransform(scale, 0, 0, scale, 4 * scale, 4 * scale);
  context.fillStyle = "#000";
  context.fill(new Path2D(code.path));
  const image = context.getImageData(0, 0, width, width);
  return decodeQR({ width, height: width, data: image.data });
}

describe("qrCode", () => {
  it("encodes a shared link that an independent decoder reads back exactly", () => {
    const link =
      "https://example.org/beratung/?x=1#bf-q=Neuenkirchen&bf-r=25&bf-office=mbe-k%C3%B6ln-1&bf-lang=ar";
    const code = qrCode(link);
    expect(code.size).to.be.greaterThan(20);
    expect(decode(code)).to.equal(link);
  });

  it("joins each row's dark modules into runs, so the path stays short", () => {
    const code = qrCode("https://example.org/");
    // The top-left finder pattern starts with a run of 7 dark modules.
    expect(code.path.startsWith("M0 0h7v1h-7z")).to.equal(true);
  });

  it("says so when there is nothing to encode or the text is too long for any QR code", () => {
    expect(() => qrCode("")).to.throw(RangeError, "expected a text to encode");
    expect(() => qrCode("x".repeat(5000))).to.throw(
      RangeError,
      "the text of 5000 characters does not fit a QR code",
    );
  });
});
