import Foundation
import OudergesprekKit

/// The command-line entry: picks the command and turns errors into Dutch messages and exit codes.
enum Oudergesprek {
  static let version = "0.1.0"

  /// The commands, for help and "bedoelt u …?" hints.
  static let commands = [
    "oefen", "samen", "scenarios", "controleer", "graaf", "nieuw", "verslag", "voortgang", "groep", "analyseer",
    "help",
  ]

  static func run(_ arguments: [String], environment: [String: String]) -> ExitCode {
    do {
      return try dispatch(arguments, environment: environment)
    } catch {
      // Messages quote what was typed or set (arguments, OUDERGESPREK_SCENARIOS): neutralised.
      Terminal.warn("oudergesprek: fout: \(TerminalText.neutralize(error.message))")
      Terminal.warn("Typ 'oudergesprek --help' voor de commando's en opties.")
      return .usage
    }
  }

  private static func dispatch(_ words: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    // `swift run oudergesprek -- scenarios` passes the `--` on; it means nothing here.
    let arguments = words.first == "--" ? Array(words.dropFirst()) : words
    guard let first = arguments.first else {
      return try PracticeCommand.run([], environment: environment, offerChoice: true)
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h", "help", "hulp":
      Terminal.say(HelpText.text)
      return .success
    case "--version", "versie":
      Terminal.say("oudergesprek \(version)")
      return .success
    case "oefen":
      return try PracticeCommand.run(rest, environment: environment, offerChoice: false)
    case "samen":
      return try TogetherCommand.run(rest, environment: environment)
    case "scenarios":
      return try ListCommand.run(rest, environment: environment)
    case "controleer":
      return try CheckCommand.run(rest, environment: environment)
    case "graaf":
      return try GraphCommand.run(rest, environment: environment)
    case "nieuw":
      return try NewCommand.run(rest, environment: environment)
    case "verslag":
      return try ReportCommand.run(rest, environment: environment)
    case "voortgang":
      return try ProgressCommand.run(rest, environment: environment)
    case "groep":
      return try GroupCommand.run(rest)
    case "analyseer": return try AnalyseCommand.run(rest)
    case "leer": return try LearnCommand.run(rest)
    default:
      if first.hasPrefix("-") {
        return try PracticeCommand.run(arguments, environment: environment, offerChoice: true)
      }
      let hint = Suggestion.closest(to: first, in: commands).map { "; bedoelt u '\($0)'?" } ?? ""
      throw UsageError("onbekend commando '\(first)'\(hint)")
    }
  }

  /// Whether `--help` was asked for a command; prints the help and returns true.
  static func helpRequested(_ arguments: [String]) -> Bool {
    guard arguments.contains("--help") || arguments.contains("-h") else { return false }
    Terminal.say(HelpText.text)
    return true
  }
}
