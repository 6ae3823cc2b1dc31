import { describe, expect, it } from "vitest";
import { reviewOrder } from "./option-order";

const options = ["a", "b", "c", "d"];

describe("a fresh option order on every review", () => {
  it("keeps every option exactly once", () => {
    for (let review = 0; review < 30; review += 1) {
      expect([...reviewOrder(options, "card-1", review)].sort()).toEqual(options);
    }
  });

  it("never repeats the order of the previous review, and cycles through many orders", () => {
    const seen = new Set<string>();
    for (let review = 0; review < 24; review += 1) {
      const order = reviewOrder(options, "card-1", review).join("");
      expect(order).not.toBe(reviewOrder(options, "card-1", review + 1).join(""));
      seen.add(order);
    }
    expect(seen.size).toBe(24);
  });

  it("is the same for the same card and review (a reload shows the same order)", () => {
    expect(reviewOrder(options, "card-1", 3)).toEqual(reviewOrder(options, "card-1", 3));
  });

  it("starts different cards at different orders", () => {
    const first = new Set(["card-1", "card-2", "card-3", "card-4", "card-5"].map((id) => reviewOrder(options, id, 0).join("")));
    expect(first.size).toBeGreaterThan(1);
  });

  it("never shows an ordering question in its answer order", () => {
    const items = [{ id: "e1" }, { id: "e2" }, { id: "e3" }];
    const answer = ["e2", "e3", "e1"];
    const orders = new Set<string>();
    for (let review = 0; review < 12; review += 1) {
      const order = reviewOrder(items, "card-9", review, { avoid: answer, key: (item) => item.id }).map((item) => item.id).join(",");
      expect(order).not.toBe("e2,e3,e1");
      orders.add(order);
    }
    expect(orders.size).toBe(5);
  });

  it("handles long lists without repeating in a row", () => {
    const many = Array.from({ length: 15 }, (_, i) => `o${i}`);
    const first = reviewOrder(many, "card-2", 7);
    const second = reviewOrder(many, "card-2", 8);
    expect([...first].sort()).toEqual([...many].sort());
    expect(first).not.toEqual(second);
  });
});
