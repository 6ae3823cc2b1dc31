import Link from "next/link";
import { DISCRIMINATION_NAME } from "@/lib/analytics/discrimination";
import { mostChosenWrong, type ItemAnalysisQuestion, type ItemSort } from "@/lib/analytics/item-analysis";
import { excerpt } from "@/lib/content/excerpt";
import { ariaSort, ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import { ItemCard } from "./item-card";
import { SortLinks } from "./sort-links";
import styles from "./item-table.module.css";
import { percent, signed } from "./format";

const COLUMNS: { sort: ItemSort | null; label: string; numeric?: boolean }[] = [
  { sort: "number", label: "Question" },
  { sort: "answered", label: "Answered", numeric: true },
  { sort: "difficulty", label: "Difficulty p", numeric: true },
  { sort: "discrimination", label: "r", numeric: true },
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

/** A column's name; r is spelled out on hover. */
function ColumnLabel({ sort, label }: { sort: ItemSort | null; label: string }) {
  return sort === "discrimination" ? <abbr title={DISCRIMINATION_NAME}>{label}</abbr> : label;
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
 * Item analysis as one compact table, one line per question (a block of
 * lines on small screens), sorted by the server from links in the headings
 * and above the table (so it sorts without script too). Each question's full
 * analysis (options, rationales, wrong answers, r explained) opens under its
 * row from the link on its name: a disclosure the server renders, so a closed
 * row costs no height and it works without script.
 */
export function ItemTable({ items, order, base, open }: { items: ItemAnalysisQuestion[]; order: ItemOrder; base: string; open: string | null }) {
  const current = COLUMNS.find((column) => column.sort === order.sort)!;
  const describeOrder = `${current.label}, ${order.direction === "asc" ? "ascending" : "descending"}`;
  return (
    <>
      <SortLinks
        label="Sort the questions"
        sortedBy={current.label.toLowerCase()}
        direction={order.direction}
        links={COLUMNS.flatMap(({ sort, label }) => (sort ? [{ href: sortHref(base, sort, order), text: <ColumnLabel sort={sort} label={label} /> }] : []))}
      />
      <DataTable caption={<>Questions, sorted by {describeOrder}</>} stacked numeric className={styles.items} id="item-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <ColumnHeader
                key={column.label}
                numeric={column.numeric}
                sort={
                  column.sort
                    ? { href: sortHref(base, column.sort, order), direction: column.sort === order.sort ? ariaSort(order.direction) : undefined }
                    : undefined
                }
              >
                <ColumnLabel sort={column.sort} label={column.label} />
              </ColumnHeader>
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
                <NumberCell label="Answered">{item.stats.respondents}</NumberCell>
                <NumberCell label="Difficulty p">{percent(item.stats.meanScore)}</NumberCell>
                <NumberCell label="r">{signed(item.stats.discrimination.index)}</NumberCell>
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
                <tr className={styles.detail}>
                  <td colSpan={COLUMNS.length}>
                    <ItemCard item={item} />
                  </td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
      </DataTable>
    </>
  );
}
