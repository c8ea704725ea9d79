import Confidant

/// Recording what someone agreed to, as `confidant agree` does: where it stands, whether they are
/// willing and able, what support, and their limits. Earlier records stay in the history.
enum AgreePage {
    static func form(_ supporter: Supporter, formToken: String, problem: String? = nil) -> HTML {
        let id = supporter.id.uuidString.lowercased()
        let statuses = AgreementStatus.allCases.map { status -> HTML in
            status == .agreed
                ? "<option value=\"\(status.rawValue)\" selected>\(status.rawValue)</option>"
                : "<option value=\"\(status.rawValue)\">\(status.rawValue)</option>"
        }
        let support = SupportKind.allCases.filter { $0 != .other }.map { kind -> HTML in
            "<p><input type=\"checkbox\" id=\"support-\(kind.rawValue)\" name=\"support-\(kind.rawValue)\" value=\"yes\"> <label for=\"support-\(kind.rawValue)\">\(kind.meaning)</label></p>"
        }
        return """
            \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
            <p>Leaning on someone works best when they agreed in advance, know roughly what it involves, and have set their own limits.</p>
            <form method="post" action="people/\(id)/agree">
            \(Layout.tokenField(formToken))
            <p><label for="status">Where does it stand?</label><br><select id="status" name="status">\(statuses)</select></p>
            <fieldset class="scale"><legend>Are they willing?</legend>\(AddPersonPage.answers("willing"))</fieldset>
            <fieldset class="scale"><legend>Are they able?</legend>\(AddPersonPage.answers("able"))</fieldset>
            <fieldset><legend>What did they agree to?</legend>\(support)
            <p><label for="other">Something else, in your words</label><br><input id="other" name="other" autocomplete="off"></p></fieldset>
            <p><label for="limits">Their limits, one a line</label><br><textarea id="limits" name="limits" rows="3"></textarea></p>
            <p><button type="submit">Record it</button></p>
            </form>
            """
    }

    /// The agreement a filled-in form gives.
    static func draft(_ form: FormBody) -> AgreementDraft {
        var draft = AgreementDraft()
        draft.status = form["status"].flatMap(AgreementStatus.init(rawValue:))
        draft.willing = form["willing"].flatMap(Answer.init(rawValue:))
        draft.able = form["able"].flatMap(Answer.init(rawValue:))
        draft.support = SupportKind.allCases.filter { form["support-\($0.rawValue)"] == "yes" }
        if let other = form["other"]?.trimmingCharacters(in: .whitespacesAndNewlines), !other.isEmpty {
            draft.support.append(.other)
            draft.otherSupport = other
        }
        draft.limits = (form["limits"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        return draft
    }
}
