import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="page-narrow">
      <h1>This page is not for your account</h1>
      <p>You are signed in, but this page belongs to a different kind of account (a teacher&rsquo;s or a student&rsquo;s).</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </div>
  );
}
