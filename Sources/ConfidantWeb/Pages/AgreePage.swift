import Confidant

/// Recording what someone agreed to, as `confidant agree` does: where it stands, whether they are
/// willing and able, what support, and their limits. Earlier records stay in the history.
enum AgreePage {
    /// The form, filled in with the latest record (so that what it shows is what recording it
    /// keeps), or with what was `entered` when it comes back with a problem.
    static func form(_ supporter: Supporter, formToken: String, problem: String? = nil, entered: FormBody? = nil) -> HTML {
        let id = supporter.id.uuidString.lowercased()
        let current = entered.map(draft) ?? supporter.agreement.map(AgreementDraft.init)
        // Asked (or not yet), the answer is what is being recorded: chosen, not assumed.
        let status = current?.status.flatMap { entered == nil && [.notAsked, .asked].contains($0) ? nil : $0 }
        let statuses = AgreementStatus.allCases.map { choice -> HTML in
            "<option value=\"\(choice.rawValue)\"\(choice == status ? " selected" : "" as HTML)>\(choice.rawValue)</option>"
        }
        let choose: HTML = status == nil ? "<option value=\"\" selected>choose</option>" : ""
        let support = SupportKind.allCases.filter { $0 != .other }.map { kind -> HTML in
            let (name, checked): (String, HTML) = ("support-\(kind.rawValue)", current?.support.contains(kind) == true ? " checked" : "")
            return
                "<p><input type=\"checkbox\" id=\"\(name)\" name=\"\(name)\" value=\"yes\"\(checked)> <label for=\"\(name)\">\(kind.meaning)</label></p>"
        }
        return """
            \(problem.map { "<p class=\"warning\" role=\"alert\">\($0)</p>" as HTML } ?? "")
            <p>Leaning on someone works best when they agreed in advance, know roughly what it involves, and have set their own limits.\
            \(supporter.agreement == nil ? "" : " The form holds the latest record: change what has changed; a field emptied is empty." as HTML)\
             Recording it dates it today, and an agreement is due to be talked about again six months on.</p>
            <form method="post" action="people/\(id)/agree">
            \(Layout.tokenField(formToken))
            <p><label for="status">Where does it stand?</label><br><select id="status" name="status" required>\(choose)\(statuses)</select></p>
            <fieldset class="scale"><legend>Are they willing?</legend>\(AddPersonPage.answers("willing", checked: current?.willing))</fieldset>
            <fieldset class="scale"><legend>Are they able?</legend>\(AddPersonPage.answers("able", checked: current?.able))</fieldset>
            <fieldset><legend>What did they agree to?</legend>\(support)
            <p><label for="other">Something else, in your words</label><br>\
            <input id="other" name="other" autocomplete="off" value="\(current?.otherSupport ?? "")"></p></fieldset>
            <p><label for="limits">Their limits, one a line</label><br>\
            <textarea id="limits" name="limits" rows="3">\(current?.limits.joined(separator: "\n") ?? "")</textarea></p>
            <p><button type="submit">Record it</button></p>
            </form>
            """
    }

    /// The agreement a filled-in form gives.
    static func draft(_ form: FormBody) -> AgreementDraft {
        // The form shows the whole record: what it leaves empty is empty.
        var draft = AgreementDraft()
        draft.complete = true
        draft.status = form["status"].flatMap(AgreementStatus.init(rawValue:))
        draft.willing = form["willing"].flatMap(Answer.init(rawValue:))
        draft.able = form["able"].flatMap(Answer.init(rawValue:))
        draft.support = SupportKind.allCases.filter { form["support-\($0.rawValue)"] == "yes" }
        if let other = form["other"]?.trimmingCharacters(in: .whitespacesAndNewlines), !other.isEmpty {
            draft.support.append(.other)
            draft.otherSupport = other
        }
        draft.limits = form.lines("limits")
        return draft
    }
}
