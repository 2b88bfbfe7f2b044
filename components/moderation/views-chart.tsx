// Views per day as a small SVG bar chart; the caption carries the numbers in words for everyone.
// With `dayTable`, every day's number is also in a table that only screen readers see, since the
// bars themselves are hidden from them.
import styles from './views-chart.module.css';

type Point = { day: string; views: number };

const WIDTH = 600;
const HEIGHT = 160;
const BASE = 140;

export function ViewsChart({
  points,
  title,
  dayTable = false,
}: {
  points: Point[];
  title: string;
  dayTable?: boolean;
}) {
  const max = Math.max(1, ...points.map((p) => p.views));
  const total = points.reduce((sum, p) => sum + p.views, 0);
  const peak = points.reduce(
    (best, p) => (p.views > best.views ? p : best),
    points[0] ?? { day: '', views: 0 },
  );
  const step = WIDTH / Math.max(1, points.length);
  const label = `${title}: ${total.toLocaleString('en-GB')} views in ${points.length} days${total ? `, most on ${peak.day} (${peak.views.toLocaleString('en-GB')})` : ''}.`;
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke="currentColor" strokeOpacity={0.4} />
        {points.map((p, i) => {
          const h = (p.views / max) * (BASE - 12);
          return (
            <rect
              key={p.day}
              x={i * step + 1}
              y={BASE - h}
              width={Math.max(1, step - 2)}
              height={h}
              fill="currentColor"
            >
              <title>{`${p.day}: ${p.views} views`}</title>
            </rect>
          );
        })}
        <text x={0} y={HEIGHT - 4}>
          {points[0]?.day}
        </text>
        <text x={WIDTH} y={HEIGHT - 4} textAnchor="end">
          {points[points.length - 1]?.day}
        </text>
        <text x={WIDTH} y={10} textAnchor="end">
          {`peak ${max}`}
        </text>
      </svg>
      <figcaption className={styles.muted}>{label}</figcaption>
      {dayTable && (
        <table className="visually-hidden">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Views</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td>{p.views.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
