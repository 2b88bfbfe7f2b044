'use client';
// The body editor. Tiptap (ProseMirror) gives a real document model, so headings, lists and links
// come out as clean HTML; the server still sanitises whatever arrives (DESIGN.md §6).
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { useState } from 'react';
import { EditorToolbar, type ToolbarPanel } from './editor-toolbar';
import { LinkForm } from './link-form';
import { ImageForm, type UploadImage } from './image-form';
import './prosemirror.css';
import styles from './rich-text-editor.module.css';

export type RichTextEditorProps = {
  /** Name of the hidden input that carries the HTML in the form post. */
  name: string;
  labelId: string;
  initialHtml: string;
  onChange?: (html: string) => void;
  uploadImage?: UploadImage;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
};

export function RichTextEditor(props: RichTextEditorProps) {
  const { name, labelId, initialHtml, onChange, uploadImage, describedBy, invalid, disabled } = props;
  const [html, setHtml] = useState(initialHtml);
  const [panel, setPanel] = useState<ToolbarPanel>(null);

  const editor = useEditor({
    // The server renders the label and the hidden input; the editor itself mounts in the browser.
    immediatelyRender: false,
    // Its base styles come from prosemirror.css: an injected <style> would break the CSP.
    injectCSS: false,
    editable: !disabled,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        // StarterKit v3 already bundles Link: configure it here rather than adding a second copy.
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto'],
          defaultProtocol: 'https',
        },
        code: false,
        codeBlock: false,
        underline: false,
      }),
      Image.configure({ inline: false }),
    ],
    content: initialHtml,
    editorProps: {
      // Ctrl/Cmd+K opens the link form, as in most editors people already know.
      handleKeyDown: (_view, event) => {
        if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return false;
        event.preventDefault();
        setPanel('link');
        return true;
      },
      attributes: {
        class: styles.content,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate({ editor }) {
      const next = editor.isEmpty ? '' : editor.getHTML();
      setHtml(next);
      onChange?.(next);
    },
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            link: e.isActive('link'),
            bulletList: e.isActive('bulletList'),
            orderedList: e.isActive('orderedList'),
            blockquote: e.isActive('blockquote'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
            href: (e.getAttributes('link').href as string | undefined) ?? '',
          }
        : null,
  });

  return (
    <div className={styles.editor} data-invalid={invalid || undefined}>
      <input type="hidden" name={name} value={html} />
      <EditorToolbar
        editor={editor}
        active={active}
        panel={panel}
        setPanel={setPanel}
        labelId={labelId}
        canUpload={!!uploadImage}
      />
      {editor && panel === 'link' && (
        <LinkForm editor={editor} initialHref={active?.href ?? ''} onClose={() => setPanel(null)} />
      )}
      {editor && panel === 'image' && uploadImage && (
        <ImageForm editor={editor} uploadImage={uploadImage} onClose={() => setPanel(null)} />
      )}
      <EditorContent editor={editor} className={styles.surface} />
      {!editor && <div className={styles.loading} aria-hidden="true" />}
    </div>
  );
}
