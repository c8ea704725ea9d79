/// The page's one stylesheet, served at `/style.css` (a stylesheet of the page's own origin, as
/// the Content-Security-Policy requires: no inline style, nothing from elsewhere). Light and
/// dark by `prefers-color-scheme`, no motion at all, a visible focus ring, text that reflows at
/// 200 % zoom.
enum Stylesheet {
    static let css = """
        :root { color-scheme: light dark; --text: #1b1b1b; --back: #ffffff; --muted: #4a4a4a; --line: #767676;
          --link: #0b4f9c; --never: #8a1111; --never-back: #fde2e2; --care: #6b4400; --care-back: #fff1c9;
          --possible-back: #e6eefb; --focus: #1a5fb4; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #ececec; --back: #161616; --muted: #c4c4c4; --line: #8c8c8c; --link: #9ccaff;
            --never: #ffb4b4; --never-back: #4d1414; --care: #ffd98a; --care-back: #453300; --possible-back: #1f3150; --focus: #9ccaff; }
        }
        * { animation: none !important; transition: none !important; }
        body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--text); background: var(--back); }
        header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.75rem 1rem;
          border-bottom: 1px solid var(--line); }
        .site { margin: 0; font-weight: bold; }
        nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
        a { color: var(--link); }
        a[aria-current="page"] { font-weight: bold; }
        .lock { margin-left: auto; }
        main { max-width: 48rem; padding: 1rem; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; }
        button, select, textarea, input { font: inherit; color: inherit; background: var(--back); border: 1px solid var(--line);
          border-radius: 4px; padding: 0.35rem 0.6rem; }
        button { cursor: pointer; }
        textarea { width: 100%; box-sizing: border-box; }
        table { border-collapse: collapse; width: 100%; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.5rem; }
        th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .warning, .urgent { color: var(--never); }
        .caution { color: var(--care); }
        .review li { margin-bottom: 0.5rem; }
        .levels dt { font-weight: bold; }
        .levels dd { margin: 0 0 0.5rem 0; }
        .draft { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--line); padding: 0.75rem; }
        mark { color: var(--text); padding: 0 0.1rem; }
        mark.never { background: var(--never-back); outline: 2px solid var(--never); }
        mark.care { background: var(--care-back); outline: 1px dashed var(--care); }
        mark.possible { background: var(--possible-back); text-decoration: underline dotted; }
        .level { font-weight: bold; }
        .level.never { color: var(--never); }
        .level.care { color: var(--care); }
        .support { border-left: 4px solid var(--focus); padding-left: 1rem; }
        fieldset { margin: 0 0 1rem 0; border: 1px solid var(--line); border-radius: 4px; }
        fieldset p { margin: 0.25rem 0; }
        .scale p { display: inline-block; margin-right: 1.25rem; }
        .hint { color: var(--muted); }
        .fields { display: flex; flex-wrap: wrap; gap: 0 1.25rem; align-items: flex-end; }
        .weeks td { text-align: center; }
        .agreement { white-space: pre-wrap; overflow-wrap: anywhere; }
        @media print { header, .skip, .back { display: none; } }

        """
}
