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

function detailHref(base: string, order: ItemOrder, itemId: string | null): string {
  return `${base}&isort=${order.sort}&idir=${order.direction}${itemId ? `&item=${itemId}` : ""}#item-${itemId ?? "table"}`;
}

/**
 * Item analysis as one compact table, one line per question, sorted by the
 * server from links in the headings (so it sorts without script too). Each
 * question's full analysis (options, rationales, wrong answers, r explained)
 * opens under its row from the link on its name: a disclosure the server
 * renders, so a closed row costs no height and it works without script.
 */
export function ItemTable({ items, order, base, open }: { items: ItemAnalysisQuestion[]; order: ItemOrder; base: string; open: string | null }) {
  const current = COLUMNS.find((column) => column.sort === order.sort)!;
  const describeOrder = `${current.label}, ${order.direction === "asc" ? "ascending" : "descending"}`;
  return (
    <div className="table-scroll">
      <table className="dash-items" id="item-table">
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
          const isOpen = open === item.question.id;
          return (
            <tbody key={item.question.id} id={`item-${item.question.id}`}>
              <tr>
                <th scope="row">
                  <Link
                    href={detailHref(base, order, isOpen ? null : item.question.id)}
                    aria-expanded={isOpen}
                    scroll={false}
                  >
                    Q{item.question.number}. {excerpt(item.question.prompt, 7)}
                    <span className="visually-hidden">{isOpen ? " (hide details)" : " (show details)"}</span>
                  </Link>
                </th>
                <td data-label="Answered">{item.stats.respondents}</td>
                <td data-label="Difficulty p">{percent(item.stats.meanScore)}</td>
                <td data-label="r">{signed(item.stats.discrimination.index)}</td>
                <td data-label="Most-chosen wrong answer">
                  {wrong ? (
                    <>
                      {excerpt(wrong.description, 5)} <span className="muted">({percent(wrong.share)})</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td data-label="Flags">
                  {flags.length ? flags.map((flag) => <span key={flag} className="badge warn">{flag}</span>) : "—"}
                </td>
              </tr>
              {isOpen ? (
                <tr className="dash-item-detail">
                  <td colSpan={COLUMNS.length}>
                    <ItemCard item={item} />
                  </td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
