import { describe, expect, it } from "vitest";
import { ReceiveWindow, SendCredit } from "./credit-window.ts";

describe("SendCredit", () => {
  it("splits bytes to fit the credit and stops at zero", () => {
    const credit = new SendCredit(100);
    expect(credit.takeBytes(60)).toBe(60);
    expect(credit.takeBytes(60)).toBe(40);
    expect(credit.takeBytes(60)).toBe(0);
    credit.grant(10);
    expect(credit.takeBytes(60)).toBe(10);
  });

  it("sends a whole batch while any credit is left, overdrawing by at most that batch", () => {
    const credit = new SendCredit(10);
    expect(credit.takeBatch(50)).toBe(true);
    expect(credit.available).toBe(-40);
    expect(credit.takeBatch(1)).toBe(false);
    credit.grant(41);
    expect(credit.takeBatch(1)).toBe(true);
  });
});

describe("ReceiveWindow", () => {
  const size = { window: 100, lowWatermark: 40 };

  it("grants nothing until in flight plus buffered falls to the low watermark, then tops up to the window", () => {
    const window = new ReceiveWindow(size);
    expect(window.initialCredit).toBe(100);
    expect(window.receive(70, true)).toBe(true);
    expect(window.consume(10)).toBe(0);
    expect(window.consume(50)).toBe(60);
    expect(window.bufferedBytes).toBe(10);
    expect(window.receive(91, true)).toBe(false);
    expect(window.receive(90, true)).toBe(true);
  });

  it("refuses bytes beyond the credit and a batch once credit is spent", () => {
    const window = new ReceiveWindow(size);
    expect(window.receive(101, true)).toBe(false);
    expect(window.receive(90, false)).toBe(true);
    expect(window.receive(30, false)).toBe(true);
    expect(window.receive(1, false)).toBe(false);
    expect(window.bufferedBytes).toBe(120);
    expect(window.consume(120)).toBe(120);
    expect(window.receive(100, true)).toBe(true);
  });

  it("keeps sender and receiver agreeing on the bound over a long exchange", () => {
    const window = new ReceiveWindow(size);
    const credit = new SendCredit(window.initialCredit);
    let buffered: number[] = [];
    for (let step = 0; step < 1000; step++) {
      const sent = credit.takeBytes((step * 7) % 33);
      if (sent > 0) {
        expect(window.receive(sent, true)).toBe(true);
        buffered.push(sent);
      }
      if (step % 3 === 0 && buffered.length > 0) {
        const [first, ...rest] = buffered;
        buffered = rest;
        credit.grant(window.consume(first ?? 0));
      }
      expect(window.bufferedBytes + credit.available).toBeLessThanOrEqual(size.window);
    }
  });

  it("rejects a low watermark that is not below the window", () => {
    expect(() => new ReceiveWindow({ window: 10, lowWatermark: 10 })).toThrow(/lowWatermark/);
  });
});
