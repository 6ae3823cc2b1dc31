"use client";
import { issuesAbout, type EditorIssue } from "@/lib/authoring/draft";
import { LICENCES, type Licence, type Reading, type Rights } from "@/lib/content/schema";
import { TextField } from "./fields";
import { anchors } from "./issues";
import styles from "./editor.module.css";

type DetailName = "title" | "author" | "publication" | "publishedOn" | "sourceUrl" | "attribution" | "classroomNote" | "slug";

/** `optional`: left empty, the field is left out of the reading (an empty string would be a malformed value). */
const FIELDS: { name: DetailName; label: string; hint?: string; type?: "url" | "date"; rows?: number; optional?: true }[] = [
  { name: "title", label: "Title" },
  { name: "author", label: "Author" },
  { name: "publication", label: "Publication", hint: "Where it was published, e.g. a newspaper or website." },
  { name: "publishedOn", label: "Date published", type: "date" },
  {
    name: "sourceUrl",
    label: "Source link",
    type: "url",
    hint: "The address of the original, starting https://. Leave it empty for a text of your own that is not online.",
    optional: true,
  },
  { name: "attribution", label: "Attribution", hint: "How the text is credited under the reading, e.g. Author, “Title,” Publication, date." },
  { name: "classroomNote", label: "Classroom note", rows: 4, hint: "For teachers: why this text, what to watch for." },
  { name: "slug", label: "Name in web addresses", hint: "Lowercase letters and digits joined by hyphens, e.g. the-towns-trees." },
];

const LICENCE_NAMES: Record<Licence, string> = {
  "public-domain": "Public domain",
  "open-licence": "Open licence (e.g. Creative Commons)",
  "classroom-licensed": "Licensed for my classes",
  "all-rights-reserved": "All rights reserved (my classes only)",
};

const NO_RIGHTS: Rights = { holder: "", licence: "all-rights-reserved", sourceUrl: "", note: "" };

/** The reading's details: where it comes from, how it is credited, and who may use it. */
export function DetailsSection({ reading, onChange, issues }: { reading: Reading; onChange(reading: Reading): void; issues: EditorIssue[] }) {
  const rights = reading.rights;
  const setRights = (change: Partial<Rights> | null) => {
    if (change === null) {
      onChange({ ...reading, rights: undefined });
    } else onChange({ ...reading, rights: { ...(rights ?? NO_RIGHTS), ...change } });
  };
  return (
    <section className="card stack" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={anchors.field(field.name)}
          label={field.label}
          hint={field.hint}
          type={field.type}
          rows={field.rows}
          value={reading[field.name] ?? ""}
          onChange={(value) => onChange({ ...reading, [field.name]: field.optional && !value.trim() ? undefined : value })}
          issues={issuesAbout(issues, field.name)}
        />
      ))}
      <fieldset className="stack" id={anchors.field("rights")}>
        <legend>Rights and licence</legend>
        <div className="field">
          <label htmlFor="rights-licence">Licence</label>
          <select
            id="rights-licence"
            className={styles.select}
            value={rights?.licence ?? ""}
            onChange={(event) => setRights(event.target.value ? { licence: event.target.value as Licence } : null)}
          >
            <option value="">Not stated (open only to the classes you assign it to)</option>
            {LICENCES.map((licence) => (
              <option key={licence} value={licence}>
                {LICENCE_NAMES[licence]}
              </option>
            ))}
          </select>
        </div>
        {rights ? (
          <>
            <TextField id="field-rights-holder" label="Copyright holder" value={rights.holder} onChange={(holder) => setRights({ holder })} issues={issuesAbout(issues, "rights.holder")} />
            <TextField
              id="field-rights-source"
              label="Where the licence can be checked"
              type="url"
              value={rights.sourceUrl}
              onChange={(sourceUrl) => setRights({ sourceUrl })}
              issues={issuesAbout(issues, "rights.sourceUrl")}
            />
            <TextField id="field-rights-note" label="Note on the licence" value={rights.note} onChange={(note) => setRights({ note })} issues={issuesAbout(issues, "rights.note")} />
          </>
        ) : null}
      </fieldset>
    </section>
  );
}
