import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { CopyButton } from "@/components/teach/copy-button";
import { regenerateJoinCodeAction, updateJoinSettingsAction } from "@/lib/classes/actions";

type Classroom = { id: string; joinCode: string; joinOpen: boolean; requireApproval: boolean; archivedAt: Date | null };

/** The join code with copy and regenerate, and the switches for who may join. */
export function JoinCodePanel({ classroom, joinUrl }: { classroom: Classroom; joinUrl: string }) {
  const hidden = { classId: classroom.id };
  if (classroom.archivedAt) {
    return <p>This class is archived: nobody can join it. Restore it to open joining again.</p>;
  }
  return (
    <>
      {classroom.joinOpen ? (
        <>
          <p className="muted">Students go to the join page and type this code:</p>
          <p className="join-code" aria-label={`Join code ${classroom.joinCode.split("").join(" ")}`}>
            {classroom.joinCode}
          </p>
          <div className="actions">
            <CopyButton text={classroom.joinCode} label="Copy code" />
            <CopyButton text={joinUrl} label="Copy join link" />
          </div>
        </>
      ) : (
        <p>
          <span className="badge warn">Joining closed</span> The code does not work until you open joining again.
        </p>
      )}
      <p className="muted">
        {classroom.requireApproval
          ? "New students wait for your approval before they see the class."
          : "New students join straight away."}
      </p>
      <ButtonForm
        action={updateJoinSettingsAction}
        hidden={hidden}
        label="Joining"
        buttons={[
          classroom.joinOpen
            ? { label: "Close joining", name: "joinOpen", value: "false" }
            : { label: "Open joining", name: "joinOpen", value: "true", variant: "primary" },
          classroom.requireApproval
            ? { label: "Let students join without approval", name: "requireApproval", value: "false" }
            : { label: "Approve each new student", name: "requireApproval", value: "true" },
        ]}
      />
      <ButtonForm
        action={regenerateJoinCodeAction}
        hidden={hidden}
        label="New join code"
        confirm="Make a new join code? The current code stops working at once."
        buttons={[{ label: "Make a new code" }]}
      />
      <p>
        <Link href={`/teach/classes/${classroom.id}/cards`}>Printable sign-in cards</Link>
      </p>
    </>
  );
}
