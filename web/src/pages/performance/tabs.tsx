/**
 * The tab bar of the Kinerja (performance) pages, shared by all of them: one's own SKP, the team,
 * the assessment, 360, the organisation ratings, the follow-up register and the settings. A role
 * sees the tabs of the pages it may open (a page not registered yet shows no tab); on a narrow
 * screen the row scrolls sideways with the current tab brought into view.
 */
import './performance.css';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PageTitle } from '../../components/ui';
import { mayOpenPath, pageAt } from '../../routes';
import { useMe } from '../../session';
import { type SkpDictionary, useSkpText } from './skp-text';

export type PerformanceTabKey = Exclude<keyof SkpDictionary['tabs'], 'label'>;

export const PERFORMANCE_TABS: readonly { href: string; key: PerformanceTabKey }[] = [
  { href: '/performance/skp', key: 'mySkp' },
  { href: '/performance/team', key: 'team' },
  { href: '/performance/assessment', key: 'assessment' },
  { href: '/performance/feedback', key: 'feedback' },
  { href: '/performance/org-ratings', key: 'orgRatings' },
  { href: '/performance/follow-ups', key: 'followUps' },
  { href: '/performance/settings', key: 'settings' },
];

/** The tabs a role sees: registered pages it may open, in order. */
export function performanceTabsFor(role: Parameters<typeof mayOpenPath>[0]) {
  return PERFORMANCE_TABS.filter((tab) => pageAt(tab.href) && mayOpenPath(role, tab.href));
}

/** The tab bar alone; `current` is the href of the page shown (none: no tab is marked). */
export function PerformanceTabs({ current }: { current?: string }) {
  const words = useSkpText().tabs;
  const role = useMe().user.role;
  const navRef = useRef<HTMLElement>(null);
  const [atEnd, setAtEnd] = useState(false);
  const tabs = performanceTabsFor(role);
  // The row fades out at its right edge on a phone, saying that more tabs follow; scrolled to its
  // end, nothing follows, and the last tab (often the current one) is shown whole.
  const measure = (row: HTMLElement) => setAtEnd(row.scrollLeft + row.clientWidth >= row.scrollWidth - 2);
  // The current tab may sit past the edge of the row on a phone: scroll the row, not the page.
  useLayoutEffect(() => {
    const link = navRef.current?.querySelector<HTMLElement>('a[aria-current="page"]');
    const row = link?.closest('ul');
    if (!link || !row) return;
    if (
      link.offsetLeft + link.offsetWidth > row.scrollLeft + row.clientWidth ||
      link.offsetLeft < row.scrollLeft
    )
      row.scrollLeft = Math.max(0, link.offsetLeft - 24);
    measure(row);
  }, [current]);
  if (tabs.length < 2) return null;
  return (
    <nav ref={navRef} class="subnav perf-subnav" aria-label={words.label}>
      <ul
        onScroll={(e) => measure(e.currentTarget)}
        style={atEnd ? { maskImage: 'none', WebkitMaskImage: 'none' } : undefined}
      >
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a href={tab.href} aria-current={current === tab.href ? 'page' : undefined}>
              {words[tab.key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The title of a Kinerja page (by default "Kinerja") above the tabs, and anything after them. */
export function PerformanceHeader({
  title,
  current,
  children,
}: {
  title?: string;
  current?: string;
  children?: ComponentChildren;
}) {
  const st = useSkpText();
  return (
    <header class="perf-header">
      <PageTitle>{title ?? st.title}</PageTitle>
      <PerformanceTabs current={current} />
      {children}
    </header>
  );
}
