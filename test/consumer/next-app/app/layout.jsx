// The root layout of a Next.js app-router host: a server component that imports the stylesheet.
import '@talkturo/components-react/styles.css';

export const metadata = { title: 'Host app (Next.js)' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
