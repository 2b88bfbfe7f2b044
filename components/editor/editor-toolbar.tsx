'use client';
import type { Editor } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import styles from './rich-text-editor.module.css';

export type ToolbarPanel = 'link' | 'image' | null;

type Active = {
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  link: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  canUndo: boolean;
  canRedo: boolean;
} | null;

type Props = {
  editor: Editor | null;
  active: Active;
  panel: ToolbarPanel;
  setPanel: (panel: ToolbarPanel) => void;
  labelId: string;
  canUpload: boolean;
};

type Button = {
  label: string;
  text: string;
  pressed?: keyof NonNullable<Active>;
  run: (e: Editor) => void;
  disabled?: boolean;
  shortcut?: string;
};

export function EditorToolbar({ editor, active, panel, setPanel, labelId, canUpload }: Props) {
  const groups: Button[][] = [
    [
      {
        label: 'Heading 2',
        text: 'H2',
        pressed: 'h2',
        run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      },
      {
        label: 'Heading 3',
        text: 'H3',
        pressed: 'h3',
        run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      },
    ],
    [
      {
        label: 'Bold',
        text: 'B',
        pressed: 'bold',
        shortcut: 'Control+B',
        run: (e) => e.chain().focus().toggleBold().run(),
      },
      {
        label: 'Italic',
        text: 'I',
        pressed: 'italic',
        shortcut: 'Control+I',
        run: (e) => e.chain().focus().toggleItalic().run(),
      },
      {
        label: 'Link',
        text: 'Link',
        pressed: 'link',
        shortcut: 'Control+K',
        run: () => setPanel(panel === 'link' ? null : 'link'),
      },
    ],
    [
      {
        label: 'Bullet list',
        text: '• List',
        pressed: 'bulletList',
        run: (e) => e.chain().focus().toggleBulletList().run(),
      },
      {
        label: 'Numbered list',
        text: '1. List',
        pressed: 'orderedList',
        run: (e) => e.chain().focus().toggleOrderedList().run(),
      },
      {
        label: 'Quote',
        text: '“ Quote',
        pressed: 'blockquote',
        run: (e) => e.chain().focus().toggleBlockquote().run(),
      },
      ...(canUpload
        ? [{ label: 'Image', text: 'Image', run: () => setPanel(panel === 'image' ? null : 'image') }]
        : []),
    ],
    [
      {
        label: 'Undo',
        text: 'Undo',
        shortcut: 'Control+Z',
        disabled: !active?.canUndo,
        run: (e) => e.chain().focus().undo().run(),
      },
      {
        label: 'Redo',
        text: 'Redo',
        shortcut: 'Control+Shift+Z',
        disabled: !active?.canRedo,
        run: (e) => e.chain().focus().redo().run(),
      },
    ],
  ];

  // Arrow keys move between buttons, as the ARIA toolbar pattern expects; Tab still reaches each one.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = Array.from(
      event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
    );
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next].focus();
  }

  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-describedby={labelId}
      className={styles.toolbar}
      onKeyDown={onKeyDown}
    >
      {groups.map((group, i) => (
        <div key={i} className={styles.group}>
          {group.map((b) => {
            const pressed = b.pressed
              ? !!active?.[b.pressed] || (b.label === 'Link' && panel === 'link')
              : undefined;
            return (
              <button
                key={b.label}
                type="button"
                className={styles.button}
                aria-label={b.label}
                title={b.shortcut ? `${b.label} (${b.shortcut.replace('Control', 'Ctrl')})` : b.label}
                aria-pressed={b.pressed ? pressed : undefined}
                aria-expanded={b.label === 'Image' ? panel === 'image' : undefined}
                aria-keyshortcuts={b.shortcut}
                disabled={!editor || b.disabled}
                onClick={() => editor && b.run(editor)}
              >
                <span
                  aria-hidden="true"
                  className={
                    b.label === 'Bold' ? styles.bold : b.label === 'Italic' ? styles.italic : undefined
                  }
                >
                  {b.text}
                </span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
