import OudergesprekKit

/// `oudergesprek scenarios`: lists the scenarios, optionally filtered.
enum ListCommand {
  static let spec = ArgumentParser.Spec(
    command: "scenarios", options: ["--scenarios", "--soort", "--rol", "--moeilijkheid"], flags: ["--help", "-h"])

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let kind = try word(parsed.option("--soort"), ConversationKind.self, option: "--soort")
    let role = try word(parsed.option("--rol"), TeacherRole.self, option: "--rol")
    let difficulty = try word(parsed.option("--moeilijkheid"), Difficulty.self, option: "--moeilijkheid")
    let catalog = try ScenarioSource.catalog(option: parsed.option("--scenarios"), environment: environment)
    ScenarioSource.warnAboutBrokenFiles(in: catalog)
    let scenarios = catalog.scenarios.filter {
      (kind == nil || $0.kind == kind) && (role == nil || $0.role == role)
        && (difficulty == nil || $0.difficulty == difficulty)
    }
    if scenarios.isEmpty {
      Terminal.say("Geen scenario's gevonden die hierbij passen.")
      return .success
    }
    Terminal.say(table(scenarios, defaultID: catalog.defaultScenario.id))
    return .success
  }

  /// The scenarios as aligned columns: id, title, kind, role, difficulty.
  static func table(_ scenarios: [Scenario], defaultID: String, numbered: Bool = false) -> String {
    let idWidth = max(2, scenarios.map(\.id.count).max() ?? 0)
    var lines: [String] = []
    let header =
      (numbered ? "    " : "") + pad("id", idWidth) + "  " + pad("soort", 18) + "  " + pad("rol", 9) + "  "
      + pad("niveau", 9) + "  titel"
    lines.append(header)
    for (index, scenario) in scenarios.enumerated() {
      var line = numbered ? pad("\(index + 1).", 4) : ""
      line += pad(scenario.id, idWidth) + "  " + pad(scenario.kind.rawValue, 18) + "  " + pad(scenario.role.rawValue, 9)
      line += "  " + pad(scenario.difficulty.rawValue, 9) + "  " + TerminalText.neutralize(scenario.title)
      if scenario.id == defaultID { line += " (standaard)" }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  private static func word<T: RawRepresentable & CaseIterable>(
    _ value: String?, _ type: T.Type, option: String
  ) throws(UsageError) -> T? where T.RawValue == String {
    guard let value else { return nil }
    if let parsed = T(rawValue: value.lowercased()) { return parsed }
    let allowed = T.allCases.map(\.rawValue)
    throw UsageError("\(option) '\(value)' bestaat niet; kies uit: \(allowed.joined(separator: ", "))")
  }
}
