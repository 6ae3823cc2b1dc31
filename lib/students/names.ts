/**
 * Names as a teacher sees them in one class: the display name, with the
 * username beside it only where two students of the class share that name
 * (compared without case or surrounding spaces), so the two can be told apart.
 * Accounts without a username (some LTI launches) keep the name alone.
 */
export function distinctNames(students: { id: string; displayName: string; username: string | null }[]): Map<string, string> {
  const key = (name: string) => name.trim().toLocaleLowerCase();
  const counts = new Map<string, number>();
  for (const student of students) counts.set(key(student.displayName), (counts.get(key(student.displayName)) ?? 0) + 1);
  return new Map(students.map((student) => [student.id, nameInClass(student, counts.get(key(student.displayName))! > 1)]));
}

/** One student's name, given whether another student of the class has the same one (as a query may count it). */
export function nameInClass(student: { displayName: string; username: string | null }, nameRepeats: boolean): string {
  return nameRepeats && student.username ? `${student.displayName.trim()} (${student.username})` : student.displayName;
}
