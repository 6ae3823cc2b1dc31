import Link from "next/link";
import type { PracticeClosure } from "@/lib/reading/practice";

/** In place of a practice page while the student's assignment of the reading is open (lib/reading/practice.ts). */
export function PracticeClosed({ title, closure }: { title: string; closure: PracticeClosure }) {
  return (
    <div className="page-narrow">
      <h1>Practice of “{title}” is closed for now</h1>
      <p>
        You have an assignment of this reading in {closure.className}. Practice shows every part and its answers at once, so it opens again when your
        teacher’s feedback on the assignment is released to you.
      </p>
      <p>
        <Link href={`/read/${closure.assignmentId}`}>Go to your assignment</Link>
      </p>
    </div>
  );
}
