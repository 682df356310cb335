import OudergesprekKit

/// `oudergesprek graaf SCENARIO [--dot] [--markdown]`: prints a scenario's emotion model as Mermaid or Graphviz.
enum GraphCommand {
  static let spec = ArgumentParser.Spec(
    command: "graaf", options: ["--scenarios"], flags: ["--dot", "--markdown", "--help", "-h"], maximumPositionals: 1)

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    guard let name = parsed.positionals.first else {
      throw UsageError("geef een scenario op: oudergesprek graaf SCENARIO (een id of een pad naar een .json-bestand)")
    }
    if parsed.has("--dot") && parsed.has("--markdown") {
      throw UsageError("kies --dot of --markdown, niet allebei (Markdown toont Mermaid)")
    }
    let folder = try ScenarioSource.folder(option: parsed.option("--scenarios"), environment: environment)
    let scenario: Scenario
    switch PracticeCommand.choose(name, in: folder) {
    case .success(let found): scenario = found
    case .failure(let code): return code
    }
    let diagram = ScenarioDiagram(scenario)
    let text: String
    if parsed.has("--dot") {
      text = diagram.dot()
    } else if parsed.has("--markdown") {
      text = "# \(scenario.title)\n\n```mermaid\n\(diagram.mermaid())```\n"
    } else {
      text = diagram.mermaid()
    }
    // Names in a scenario file are untrusted: no escape sequence reaches the terminal.
    Terminal.prompt(TerminalText.neutralize(text, keepNewlines: true))
    return .success
  }
}
