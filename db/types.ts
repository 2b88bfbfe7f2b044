// The shapes the data layer returns and components render, declared once in their db/ modules and
// re-exported here. Type-only on purpose: no runtime code and no 'server-only', so a component (a
// client one too) may write `import type { … } from '@/db/types'` without pulling the database into
// its bundle. eslint.config.mjs lets components/ import nothing else from db/.

// Articles
export type { ArticleState } from './articles/access';
export type { FieldChange } from './articles/conflicts';
export type { DashboardRow, DashboardTelling } from './articles/dashboard';
export type { SentBack, TransitionView } from './articles/history';
export type { ArticleCard } from './articles/listings';
export type { LatestLink, PublicArticle } from './articles/public';
export type { SearchHit, SearchSort } from './articles/search';
export type { StoryTelling } from './articles/translations';
export type { StoryArticle, TranslationPanel, TranslationSource } from './articles/translation-view';
export type { DiffPart, FieldDiff, RevisionDiff, RevisionListItem } from './articles/revisions';
export type { ArticleWorkflow, WorkflowMove } from './articles/workflow';

// Readers and moderation
export type { ArticleStats } from './readers/stats';
export type { MostReadEntry } from './readers/most-read';
export type { ArticleActivity, VoteRow } from './moderation/console';
export type { FlagKind } from './moderation/flags';

// People and taxonomy
export type { AuthorProfile } from './people/authors';
export type { AuditEntry } from './people/audit';
export type { StaffListItem } from './people/users';
export type { Role } from './schema';
export type { Section } from './taxonomy/sections';

// Editions
export type { Edition } from './editions/editions';
