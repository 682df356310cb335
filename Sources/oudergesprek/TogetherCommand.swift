import OudergesprekKit

/// `oudergesprek samen [SCENARIO]`: practising with a colleague who plays the parent, at one terminal.
enum TogetherCommand {
  static let spec = ArgumentParser.Spec(
    command: "samen", options: ["--seed", "--scenarios", "--leerling", TraineeNameOption.option],
    flags: ["--help", "-h"],
    maximumPositionals: 1)

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let seed = try PracticeCommand.seed(parsed.option("--seed"))
    let studentPlayer = try player(parsed.option("--leerling"))
    let folder = try ScenarioSource.folder(option: parsed.option("--scenarios"), environment: environment)
    let style = TextStyle.decide(isTerminal: Terminal.outputIsTerminal, environment: environment)

    let scenario: Scenario
    if let name = parsed.positionals.first {
      switch PracticeCommand.choose(name, in: folder) {
      case .success(let found): scenario = found
      case .failure(let code): return code
      }
    } else if Terminal.inputIsTerminal {
      let catalog = ScenarioSource.catalog(in: folder)
      ScenarioSource.warnAboutBrokenFiles(in: catalog)
      guard let chosen = PracticeCommand.offer(catalog) else { return .success }
      scenario = chosen
    } else {
      scenario = ScenarioSource.candidates(for: BuiltInScenario.id, in: folder).defaultScenario
    }
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = TogetherSession(engine: engine, seed: seed, style: style, studentPlayer: studentPlayer)
    session.name(trainee: TraineeNameOption.resolve(parsed, environment: environment))
    return PracticeLoop(session: session, store: TranscriptStore.sessions(environment: environment)).run()
  }

  /// Who plays the student when the student is at the table: the colleague (default) or a third person.
  private static func player(_ text: String?) throws(UsageError) -> Player {
    switch text?.lowercased() {
    case nil, "collega": return .collega
    case "derde": return .derde
    case let other?:
      throw UsageError("--leerling '\(TerminalText.neutralize(other))' bestaat niet; kies collega of derde")
    }
  }
}
