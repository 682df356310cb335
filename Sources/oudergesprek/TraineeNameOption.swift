import OudergesprekKit

/// The trainee's name for a session: `--naam`, else `OUDERGESPREK_NAAM`, else asked once on a terminal.
enum TraineeNameOption {
  static let option = "--naam"
  static let variable = "OUDERGESPREK_NAAM"

  /// The name to store; nil for none. A set but empty option or variable means: no name, and no question.
  static func resolve(_ parsed: ArgumentParser.Parsed, environment: [String: String]) -> String? {
    if let given = parsed.option(option) ?? environment[variable] { return TraineeName.normalized(given) }
    guard Terminal.inputIsTerminal else { return nil }
    Terminal.prompt("Je naam (komt in het gespreksbestand, voor het groepsoverzicht; Enter: zonder naam): ")
    return TraineeName.normalized(Terminal.readLine())
  }
}
