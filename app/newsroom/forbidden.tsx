import Link from 'next/link';

export default function NewsroomForbidden() {
  return (
    <>
      <h1>You cannot open this page</h1>
      <p>Your role does not include this part of the newsroom. If you need it, ask an admin.</p>
      <p>
        <Link href="/newsroom">Back to the dashboard</Link>
      </p>
    </>
  );
}
