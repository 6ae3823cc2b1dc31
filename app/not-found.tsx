import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page-narrow">
      <h1>Page not found</h1>
      <p>This page does not exist, or it belongs to someone else. Check the link, or start again from your own pages.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </div>
  );
}
