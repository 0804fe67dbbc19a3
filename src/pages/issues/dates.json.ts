/** [date, issue id] of every issue, oldest first: what "jump to a date" searches. */
import { loadArchive } from '../../site/load.ts';
import { contentType } from '../../deploy/headers.ts';

export async function GET() {
  const archive = await loadArchive();
  return new Response(JSON.stringify(archive.issues.map((i) => [i.date, i.id])), {
    headers: { 'Content-Type': contentType('dates.json') },
  });
}
