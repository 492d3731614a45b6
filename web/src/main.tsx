import { render } from 'preact';

/**
 * Citizens reach the public pages (survey, short link, IKM transparency, careers) from a QR code on a cheap
 * phone, often on a slow connection. They get their own small chunk and stylesheet; the admin app,
 * its session and its styles are only fetched for the other paths.
 */
const PUBLIC_PATH = /^\/(survei|s|ikm|karier)(\/|$)/;

const root = document.getElementById('app');

function loadFailed(target: HTMLElement): void {
  // Plain DOM: whatever failed to load, this still works.
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.cssText = 'font:16px/1.5 system-ui,sans-serif;margin:2rem 1rem;color:#1c2426';
  p.textContent =
    'Halaman gagal dimuat. Periksa koneksi Anda lalu muat ulang halaman. / The page did not load. Check your connection and reload.';
  target.replaceChildren(p);
}

if (root) {
  if (PUBLIC_PATH.test(location.pathname)) {
    import('./public/index')
      .then(({ PublicApp }) => render(<PublicApp />, root))
      .catch(() => loadFailed(root));
  } else {
    Promise.all([import('./app'), import('./styles.css')])
      .then(([{ App }]) => render(<App />, root))
      .catch(() => loadFailed(root));
  }
}
