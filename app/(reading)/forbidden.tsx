/**
 * A locked part of a reading (the only 403 under these pages). It cannot
 * know which reading it is in, nor whether a live lesson paces it, so it
 * gives both rules, and "." takes the student to the reading's start page
 * (the parent of the part's address).
 */
export default function LockedStep() {
  return (
    <div className="page-narrow">
      <h1>This part is not open yet</h1>
      <p>Each part of this reading opens once you have answered the questions of the part before it.</p>
      <p>During a live lesson, your teacher opens the next part: wait for your teacher, then go on.</p>
      <p>
        <a href=".">Back to the reading</a>
      </p>
    </div>
  );
}
