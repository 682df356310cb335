import Foundation
import OudergesprekKit

/// `oudergesprek oefen [SCENARIO]` and bare `oudergesprek`: a solo practice session in the terminal.
enum PracticeCommand {
  static let spec = ArgumentParser.Spec(
    command: "oefen", options: ["--seed", "--scenarios", TraineeNameOption.option],
    flags: Set(["--help", "-h"]).union(PracticeSteps.flags), maximumPositionals: 1)

  static func run(_ arguments: [String], environment: [String: String], offerChoice: Bool) throws(UsageError)
    -> ExitCode
  {
    var spec = spec
    // `oudergesprek --bogus`: no command was typed, so a message names none.
    if offerChoice { spec.command = "" }
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let seed = try seed(parsed.option("--seed"))
    let steps = try PracticeSteps(parsed, inputIsTerminal: Terminal.inputIsTerminal)
    let folder = try ScenarioSource.folder(option: parsed.option("--scenarios"), environment: environment)
    let style = TextStyle.decide(isTerminal: Terminal.outputIsTerminal, environment: environment)

    let scenario: Scenario
    if let name = parsed.positionals.first {
      switch choose(name, in: folder) {
      case .success(let found): scenario = found
      case .failure(let code): return code
      }
    } else if offerChoice && Terminal.inputIsTerminal {
      let catalog = ScenarioSource.catalog(in: folder)
      ScenarioSource.warnAboutBrokenFiles(in: catalog)
      guard let chosen = offer(catalog) else { return .success }
      scenario = chosen
    } else {
      scenario = ScenarioSource.candidates(for: BuiltInScenario.id, in: folder, depth: .usability).defaultScenario
    }
    let store = TranscriptStore.sessions(environment: environment)
    let trainee = TraineeNameOption.resolve(parsed, environment: environment)
    return PracticeLoop(scenario: scenario, seed: seed, style: style, store: store, steps: steps, trainee: trainee)
      .run()
  }

  static func seed(_ text: String?) throws(UsageError) -> UInt64 {
    guard let text else { return UInt64.random(in: 1...999_999) }
    guard let value = UInt64(text) else {
      throw UsageError("--seed '\(text)' is geen geheel getal van 0 of meer")
    }
    return value
  }

  /// The scenario by id (or unique id prefix) in `folder`, or by path to a `.json` file.
  ///
  /// Only the files that can be that scenario are loaded; the whole folder only for the message on an unknown one.
  static func choose(_ name: String, in folder: String?) -> Result<Scenario, ExitCode> {
    if name.hasSuffix(".json") || name.contains("/") {
      let loaded = ScenarioLoader.load(file: name)
      if !loaded.diagnostics.isEmpty { Terminal.warn(loaded.detailedReport) }
      guard let scenario = loaded.scenario else {
        Terminal.warn("oudergesprek: dit scenario kan niet gebruikt worden; herstel de fouten hierboven.")
        return .failure(.dataError)
      }
      return .success(scenario)
    }
    // Checked for use only: the warnings of a usable scenario are not shown here. A file that cannot be used is
    // loaded again with every check, so that its report is the one `controleer` gives.
    if let scenario = ScenarioSource.candidates(for: name, in: folder, depth: .usability).scenario(named: name) {
      return .success(scenario)
    }
    let candidates = ScenarioSource.candidates(for: name, in: folder)
    if let broken = candidates.files.first(where: {
      $0.hasErrors && ($0.path as NSString).lastPathComponent == "\(name).json"
    }) {
      Terminal.warn(broken.detailedReport)
      Terminal.warn(
        "oudergesprek: scenario '\(name)' heeft fouten; herstel ze of controleer met 'oudergesprek controleer'.")
      return .failure(.dataError)
    }
    let ids = ScenarioSource.catalog(in: folder).scenarios.map(\.id)
    let hint = Suggestion.closest(to: name, in: ids).map { "; bedoelt u '\($0)'?" } ?? ""
    Terminal.warn("oudergesprek: fout: onbekend scenario '\(TerminalText.neutralize(name))'\(hint)")
    Terminal.warn("Beschikbaar: \(ids.joined(separator: ", ")). Zie 'oudergesprek scenarios'.")
    return .failure(.usage)
  }

  /// Shows the scenarios and reads a choice; Enter takes the default. Nil at end of input.
  static func offer(_ catalog: ScenarioCatalog) -> Scenario? {
    let scenarios = catalog.scenarios
    let defaultScenario = catalog.defaultScenario
    Terminal.say("Welkom bij oudergesprek. Met welk gesprek wil je oefenen?\n")
    Terminal.say(ListCommand.table(scenarios, defaultID: defaultScenario.id, numbered: true))
    while true {
      Terminal.prompt("\nKies een nummer of id (Enter: \(defaultScenario.id)): ")
      guard let answer = Terminal.readLine()?.trimmingCharacters(in: .whitespaces) else {
        Terminal.say("")
        return nil
      }
      if answer.isEmpty { return defaultScenario }
      if let number = Int(answer), scenarios.indices.contains(number - 1) { return scenarios[number - 1] }
      if let scenario = catalog.scenario(named: answer) { return scenario }
      Terminal.say(
        "Geen scenario '\(TerminalText.neutralize(answer))'. Typ een nummer uit de lijst, een id, of druk op Enter.")
    }
  }
}
