import Confidant

/// Copies of the vault, as `confidant backups` lists them (each verified) and `confidant backup`
/// makes them.
enum CopiesPage {
    static func render(_ copies: [BackupCopy], made: String? = nil, formToken: String) -> HTML {
        var parts: [HTML] = []
        if let made { parts.append("<p role=\"status\">Backed up to \(made) (verified).</p>") }
        parts.append(
            """
            <form method="post" action="/copies/backup">\(Layout.tokenField(formToken))<p><button type="submit">Back up now</button></p></form>
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
        return HTML(joining: parts)
    }
}
