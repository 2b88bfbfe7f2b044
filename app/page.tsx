export default function Home() {
  return <h1>Newsroom</h1>;
}
