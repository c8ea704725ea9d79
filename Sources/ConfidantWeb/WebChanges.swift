import Confidant
import Foundation
import Sodium

/// The page's changes: each a form the command line's interview asks as questions, made through
/// the same `Confidant` change; a change the library refuses shows the form again with its words.
extension WebApp {
    /// `confidant add`, in two steps: who they are, then the questions by name.
    func addPerson(_ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let relationship = form["relationship"].flatMap(Relationship.init(rawValue:)) ?? .other
        let sphere = form["sphere"].flatMap(Sphere.init(rawValue:)) ?? relationship.defaultSphere
        var supporter = Supporter(name: name, relationship: relationship, sphere: sphere)
        let refusal = { (error: any Error) -> WebResponse in
            Self.page(
                400,
                Layout.page(
                    "Add someone", in: .people, session: session,
                    AddPersonPage.who(formToken: session.formToken, problem: Problem(error)?.message ?? "That could not be added.", name: name)))
        }
        do {
            try await vault.document().checkName(name)
        } catch let error where Problem(error) != nil {
            return refusal(error)
        }
        guard form["step"] == "add" else {
            return Self.page(
                200, Layout.page("Add someone", in: .people, session: session, AddPersonPage.questions(supporter, formToken: session.formToken)))
        }
        for question in SupporterQuestion.asked(in: sphere) {
            let answer = (form[AddPersonPage.field(question)] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            supporter[keyPath: question.field] = answer.isEmpty ? nil : answer
        }
        if !supporter.isService, form["asked"] == "yes" {
            supporter.agreements.append(
                Agreement.first(willing: form["willing"].flatMap(Answer.init(rawValue:)), able: form["able"].flatMap(Answer.init(rawValue:))))
        }
        do {
            try await vault.update { [supporter] in try $0.addSupporter(supporter) }
        } catch let error where Problem(error) != nil {
            return refusal(error)
        }
        return Self.redirect(session, "people/" + supporter.id.uuidString.lowercased())
    }

    /// `confidant agree NAME`: the form, or (with `form`) the record it makes.
    func agree(_ id: String, _ form: FormBody?, _ session: PageSession) async throws -> WebResponse {
        guard let supporter = Self.supporter(id, in: try await vault.document()) else { return notFound(session) }
        let title = "What \(supporter.name) agreed"
        guard let form else {
            return Self.page(200, Layout.page(title, in: .people, session: session, AgreePage.form(supporter, formToken: session.formToken)))
        }
        let draft = AgreePage.draft(form)
        do {
            guard draft.status != nil else { throw ConfidantError.invalidValue("choose where it stands; nothing was recorded") }
            try await vault.update { try $0.recordAgreement(for: supporter.id, draft) }
        } catch let error where Problem(error) != nil {
            return Self.page(
                400,
                Layout.page(
                    title, in: .people, session: session,
                    AgreePage.form(supporter, formToken: session.formToken, problem: Problem(error)!.message, entered: form)))
        }
        return Self.redirect(session, "people/" + id)
    }

    /// `confidant terms add` (one a line), `terms remove` (the ticked ones) and `terms add
    /// --goes-by` (the short names a person goes by).
    func changeNames(_ form: FormBody, _ change: NamesChange, _ session: PageSession) async throws -> WebResponse {
        let page = { (status: Int, body: HTML) in Self.page(status, Layout.page("Protected names", in: .names, session: session, body)) }
        do {
            switch change {
            case .shortNamesForm:
                let terms = try await vault.document().terms
                guard let term = terms.first(where: { $0.term == form["term"] && $0.takesShortNames }) else {
                    return page(404, "<p>There is no such name. <a href=\"names\">Back to the list</a>.</p>")
                }
                return page(200, NamesPage.shortNamesForm([term], asking: false, formToken: session.formToken))
            case .shortNames:
                let changes = NamesPage.shortNames(form)
                let made = try await vault.update { document in
                    let made = changes.filter { change in document.terms.first(where: { $0.term == change.term })?.goesBy != change.forms }
                    for (term, forms) in made { try document.setGoesBy(forms, forTerm: term) }
                    return made
                }
                return page(200, NamesPage.render(try await vault.document().terms, said: NamesPage.saved(made), formToken: session.formToken))
            case .add:
                guard let lines = NamesPage.terms(form) else {
                    return page(400, NamesPage.render(try await vault.document().terms, entered: form, formToken: session.formToken))
                }
                let kind = form["kind"].flatMap(TermKind.init(rawValue:)) ?? .client
                let exact = form["exact"] == "yes"
                let counts = try await vault.update { try $0.addTerms(lines, kind: kind, note: nil, exact: exact) }
                let added = lines.map { ProtectedTerm(term: $0, kind: kind, exact: exact) }
                let terms = try await vault.document().terms
                let said = NamesPage.added(added, counts: counts, in: terms, formToken: session.formToken)
                return page(200, NamesPage.render(terms, said: said, formToken: session.formToken))
            case .remove:
                let ticked = form.fields.filter { $0.key.hasPrefix("remove-") }.map(\.value)
                if !ticked.isEmpty { try await vault.update { try $0.removeTerms(ticked) } }
                return Self.redirect(session, "names")
            }
        } catch let error where Problem(error) != nil {
            let terms = try await vault.document().terms
            return page(
                400, NamesPage.render(terms, said: "<p class=\"warning\" role=\"alert\">\(Problem(error)!.message)</p>", formToken: session.formToken)
            )
        }
    }

    /// `confidant plan edit`, `plan add`/`remove` and `plan remind`, from one form.
    /// Every problem with the form is said at once, the words that may name someone from work
    /// (as the terminal shows them) beside the library's refusals; nothing is saved until none is
    /// left.
    func changePlan(_ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        let document = try await vault.document()
        let words = NoteProblem(PlanPage.checks(form, against: document), form)
        let again = { (problem: HTML?) in
            Self.page(
                400,
                Layout.page(
                    "Plan", in: .plan, session: session,
                    PlanPage.render(
                        document, formToken: session.formToken, said: HTML(joining: [words.render(form: "plan-form"), problem ?? ""]),
                        entered: form)))
        }
        // The library's own refusals, learnt on a copy: the helplines, the reminder, a person.
        var copy = document, refusal: HTML?
        do {
            try PlanPage.apply(form, to: &copy)
        } catch ConfidantError.noteRefused where words.refused {
            // Said with its findings above.
        } catch let error where Problem(error) != nil {
            refusal = "<p class=\"warning\" role=\"alert\">\(Problem(error)!.message)</p>"
        }
        guard !words.blocks, refusal == nil else { return again(refusal) }
        do {
            try await vault.update { try PlanPage.apply(form, to: &$0) }
        } catch let error where Problem(error) != nil {
            // The vault changed meanwhile (a command elsewhere): the form is kept to send again.
            return again("<p class=\"warning\" role=\"alert\">\(Problem(error)!.message)</p>")
        }
        return Self.redirect(session, "plan?saved")
    }

    /// `confidant edit NAME`: the form, or (with `form`) the change it makes.
    func edit(_ id: String, _ form: FormBody?, _ session: PageSession) async throws -> WebResponse {
        guard let supporter = Self.supporter(id, in: try await vault.document()) else { return notFound(session) }
        let title = "Change \(supporter.name)"
        guard let form else {
            return Self.page(200, Layout.page(title, in: .people, session: session, EditPersonPage.form(supporter, formToken: session.formToken)))
        }
        let edit = EditPersonPage.edit(form, sphere: supporter.sphere)
        do {
            try await vault.update { try $0.editSupporter(supporter.id, edit) }
        } catch let error where Problem(error) != nil {
            return Self.page(
                400,
                Layout.page(
                    title, in: .people, session: session,
                    EditPersonPage.form(supporter, formToken: session.formToken, problem: Problem(error)!.message)))
        }
        return Self.redirect(session, "people/" + id)
    }

    /// `confidant share NAME --topic … --level …`: the form, or (with `form`) the levels it changes.
    func share(_ id: String, _ form: FormBody?, _ session: PageSession) async throws -> WebResponse {
        let document = try await vault.document()
        guard let supporter = Self.supporter(id, in: document) else { return notFound(session) }
        guard let form else {
            return Self.page(
                200,
                Layout.page(
                    "What you share with \(supporter.name)", in: .people, session: session,
                    SharePage.form(supporter, in: document, formToken: session.formToken)))
        }
        let changes = SharePage.changes(form, for: supporter, in: document)
        if !changes.isEmpty { try await vault.update { try $0.setSharing(for: supporter.id, changes, reset: false) } }
        return Self.redirect(session, "people/" + id)
    }

    /// `confidant remove NAME`, once the form says so.
    func remove(_ id: String, _ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        guard let supporter = Self.supporter(id, in: try await vault.document()) else { return notFound(session) }
        guard form["sure"] == "yes" else { return Self.redirect(session, "people/" + id + "/edit") }
        try await vault.update { try $0.removeSupporter(supporter.id) }
        return Self.redirect(session, "people")
    }

    /// `confidant checkin`: the note checked first; the answer about material never stored.
    func checkIn(_ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        let document = try await vault.document()
        let note = (form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty {
            let problem = NoteProblem([CheckIn.check(note, document: document)], form)
            if problem.blocks {
                let shown = problem.render(form: "checkin")
                return Self.page(
                    400,
                    Layout.page(
                        "Check-in", in: .checkIn, session: session,
                        CheckInPage.form(formToken: session.formToken, problem: shown, entered: form)))
            }
        }
        let answer = form["happened"].flatMap(HardDay.init(rawValue:)) ?? HardDay.none
        let happenings = form["keep-event"] == "yes" ? answer.happening.map { [$0] } ?? [] : []
        let checkIn = try CheckIn(on: .today, ratings: CheckInPage.ratings(form), note: note.isEmpty ? nil : note, happened: happenings)
        guard !checkIn.isEmpty || answer != .none else {
            return Self.page(
                400,
                Layout.page(
                    "Check-in", in: .checkIn, session: session,
                    CheckInPage.form(
                        formToken: session.formToken, problem: "<p class=\"caution\" role=\"alert\">Nothing to record; nothing was saved.</p>")))
        }
        let after =
            checkIn.isEmpty
            ? document
            : try await vault.update { [checkIn] document in
                try document.recordCheckIn(checkIn)
                return document
            }
        let guidance = answer == .none ? nil : answer.guidance(after)
        return Self.page(
            200,
            Layout.page(
                "Check-in", in: .checkIn, session: session,
                "\(CheckInPage.saved(checkIn, answer: answer, guidance: guidance))\(CheckInPage.history(after))"))
    }

    /// `confidant export`, handed to the browser as a download: only ciphertext leaves.
    func export(_ form: FormBody, _ session: PageSession) async throws -> WebResponse {
        let recipient = (form["recipient"] ?? "").trimmingCharacters(in: .whitespaces)
        let passphrase = form["passphrase"] ?? ""
        let lock: ExportLock
        do {
            if !recipient.isEmpty {
                guard passphrase.isEmpty else { throw WebError.refused("lock the export with a passphrase or a public key, not both") }
                lock = try ExportLock.recipients(parsing: [recipient])
            } else {
                guard passphrase == form["again"] else { throw WebError.refused("the two passphrases differ; nothing was exported") }
                lock = .passphrase(try PassphraseRules.checkedNew(SecureBytes(copying: Array(passphrase.utf8))))
            }
        } catch {
            let message = Problem(error)?.message ?? (error as? WebError)?.message ?? "that cannot lock an export"
            return try await copies(session, exportProblem: message)
        }
        var response = Self.response(200, type: "application/octet-stream", try await vault.lockedExport(lock))
        response.headers["Content-Disposition"] = "attachment; filename=\"confidant-export-\(Day.today).age\""
        return response
    }

    /// A 303 to `path` within the session's own, so that reloading the page that follows sends
    /// nothing again.
    static func redirect(_ session: PageSession, _ path: String) -> WebResponse {
        var response = response(303, type: "text/plain; charset=utf-8", [])
        response.headers["Location"] = session.base + path
        return response
    }
}
