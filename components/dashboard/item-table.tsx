import Link from "next/link";
import { DISCRIMINATION_NAME } from "@/lib/analytics/discrimination";
import { mostChosenWrong, type ItemAnalysisQuestion, type ItemSort } from "@/lib/analytics/item-analysis";
import { excerpt } from "@/lib/content/excerpt";
import { ItemCard } from "./item-card";
import { percent, signed } from "./format";

const COLUMNS: { sort: ItemSort | null; label: string }[] = [
  { sort: "number", label: "Question" },
  { sort: "answered", label: "Answered" },
  { sort: "difficulty", label: "Difficulty p" },
  { sort: "discrimination", label: "r" },
  { sort: null, label: "Most-chosen wrong answer" },
  { sort: null, label: "Flags" },
];

/** Short warnings about an item, each explained in its details. */
function itemFlags(item: ItemAnalysisQuestion): string[] {
  const { stats } = item;
  const flags: string[] = [];
  if (stats.meanScore !== null && stats.meanScore < 0.5) flags.push("most missed");
  if (stats.discrimination.label === "negative") flags.push("negative r: check the key");
  else if (stats.discrimination.label === "poor") flags.push("poor r");
  if (stats.notes.length) flags.push("a wrong answer beat the key");
  if (stats.awaitingReview) flags.push(`${stats.awaitingReview} to grade`);
  return flags;
}

export type ItemOrder = { sort: ItemSort; direction: "asc" | "desc" };

function sortHref(base: string, sort: ItemSort, order: ItemOrder): string {
  const direction = order.sort === sort ? (order.direction === "asc" ? "desc" : "asc") : sort === "number" || sort === "difficulty" ? "asc" : "desc";
  return `${base}&isort=${sort}&idir=${direction}#items`;
}

/**
 * Item analysis as one compact table, sorted by the server from links in the
 * headings (so it sorts without script too), each question's full analysis
 * (options, rationales, wrong answers, r explained) folded under it.
 */
export function ItemTable({ items, order, base }: { items: ItemAnalysisQuestion[]; order: ItemOrder; base: string }) {
  const current = COLUMNS.find((column) => column.sort === order.sort)!;
  const describeOrder = `${current.label}, ${order.direction === "asc" ? "ascending" : "descending"}`;
  return (
    <div className="table-scroll">
      <table className="dash-items">
        <caption className="visually-hidden">Questions, sorted by {describeOrder}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                aria-sort={column.sort && column.sort === order.sort ? (order.direction === "asc" ? "ascending" : "descending") : undefined}
              >
                {column.sort ? (
                  <Link className="dash-sort-link" href={sortHref(base, column.sort, order)}>
                    {column.sort === "discrimination" ? <abbr title={DISCRIMINATION_NAME}>r</abbr> : column.label}
                    {order.sort === column.sort ? (order.direction === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        {items.map((item) => {
          const wrong = mostChosenWrong(item.stats);
          const flags = itemFlags(item);
          return (
            <tbody key={item.question.id} id={`item-${item.question.id}`}>
              <tr>
                <th scope="row">
                  Q{item.question.number}. {excerpt(item.question.prompt)}
                </th>
                <td data-label="Answered">{item.stats.respondents}</td>
                <td data-label="Difficulty p">{percent(item.stats.meanScore)}</td>
                <td data-label="r">{signed(item.stats.discrimination.index)}</td>
                <td data-label="Most-chosen wrong answer">
                  {wrong ? (
                    <>
                      {excerpt(wrong.description, 6)} <span className="muted">({percent(wrong.share)})</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td data-label="Flags">
                  {flags.length ? flags.map((flag) => <span key={flag} className="badge warn">{flag}</span>) : "—"}
                </td>
              </tr>
              <tr className="dash-item-detail">
                <td colSpan={COLUMNS.length}>
                  <details>
                    <summary>
                      Details of Q{item.question.number}
                      <span className="visually-hidden">: options, rationales and wrong answers</span>
                    </summary>
                    <ItemCard item={item} />
                  </details>
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
