import Confidant

/// Copies of the vault, as `confidant backups` lists them (each verified) and `confidant backup`
/// makes them.
enum CopiesPage {
    static func render(_ copies: [BackupCopy], made: String? = nil, formToken: String, exportProblem: String? = nil) -> HTML {
        var parts: [HTML] = []
        if let made { parts.append("<p role=\"status\">Backed up to \(made) (verified).</p>") }
        parts.append(
            """
            <form method="post" action="copies/backup">\(Layout.tokenField(formToken))<p><button type="submit">Back up now</button></p></form>
            """)
        if copies.isEmpty {
            parts.append("<p>No backups yet.</p>")
        } else {
            let rows = copies.map { copy -> HTML in
                let verifies: HTML = copy.verifies ? "yes" : "<strong class=\"warning\">NO: \(copy.problem ?? "damaged")</strong>"
                return
                    "<tr><td>\(copy.path)</td><td>\(copy.modified)</td><td>\(copy.bytes)</td><td>\(copy.onVaultDisk ? "the vault's" : "another")</td><td>\(verifies)</td></tr>"
            }
            parts.append(
                """
                <table><caption>Backups</caption>
                <thead><tr><th scope="col">Backup</th><th scope="col">Modified</th><th scope="col">Bytes</th><th scope="col">Disk</th><th scope="col">Verifies</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """)
            if copies.allSatisfy(\.onVaultDisk) {
                parts.append(
                    "<p class=\"caution\">Every copy here is on the vault's own disk; keep one elsewhere too (confidant backup --to a folder on another disk).</p>"
                )
            }
        }
        parts.append(exportForm(formToken: formToken, problem: exportProblem))
        return HTML(joining: parts)
    }

    /// `confidant export`: the whole vault as an age file, locked with a passphrase (asked twice)
    /// or for an age public key, downloaded by the browser.
    static func exportForm(formToken: String, problem: String? = nil) -> HTML {
        """
        <h2>Export</h2>
        \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
        <p>The whole vault as a locked file in the standard age format, which the age tool opens anywhere (docs/EXPORT.md).</p>
        <form method="post" action="copies/export">
        \(Layout.tokenField(formToken))
        <p><label for="passphrase">A passphrase for the export</label><br>\
        <input type="password" id="passphrase" name="passphrase" autocomplete="new-password"></p>
        <p><label for="again">The same passphrase again</label><br><input type="password" id="again" name="again" autocomplete="new-password"></p>
        <p><label for="recipient">Or lock it for an age public key (age1…) instead</label><br>\
        <input id="recipient" name="recipient" autocomplete="off" spellcheck="false"></p>
        <p><button type="submit">Download the export</button></p>
        </form>
        """
    }
}
