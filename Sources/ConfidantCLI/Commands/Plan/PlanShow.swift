import ArgumentParser
import Confidant

extension CLI {
    /// `confidant plan` / `plan show`: the plan on one screen.
    struct PlanShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show your coping plan (the default).")

        @OptionGroup var options: VaultOptions
        @OptionGroup var output: OutputOptions

        /// The `plan --json` shape (docs/CLI.md): the plan with its people by name, those of them
        /// not to lean on now (declined, paused, ended, not asked or not answering), and whether
        /// the impact persists.
        struct Output: Encodable {
            let plan: CopingPlan
            let people: [String]
            let notToLeanOn: [String]
            let impactPersists: Bool
        }

        func run() throws {
            let document = try options.openForReading().document
            if output.json {
                let names = document.plan.people.compactMap { id in document.supporters.first { $0.id == id }?.name }
                return try Console.json(
                    Output(
                        plan: document.plan, people: names, notToLeanOn: document.planPeopleNotToLeanOn.map(\.name),
                        impactPersists: ImpactPersistence.holds(document.checkIns)))
            }
            PlanScreen.lines(document).forEach { Console.out($0) }
        }
    }
}
