import Foundation
import OudergesprekKit

/// `oudergesprek groep PAD...`: a group's sessions side by side, from transcript files and folders. Only reads.
enum GroupCommand {
  static let spec = ArgumentParser.Spec(
    command: "groep", flags: ["--help", "-h", "--csv", "--markdown"], maximumPositionals: nil)

  static func run(_ arguments: [String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    if parsed.has("--csv") && parsed.has("--markdown") { throw UsageError("kies --csv of --markdown, niet allebei") }
    guard !parsed.positionals.isEmpty else {
      throw UsageError("'groep' mist de gesprekken: geef een of meer mappen of .json-bestanden")
    }
    for path in parsed.positionals where !FileManager.default.fileExists(atPath: path) {
      Terminal.warn("oudergesprek: fout: '\(TerminalText.neutralize(path))' bestaat niet.")
      return .noInput
    }
    let found = GroupFiles.read(parsed.positionals)
    let report = GroupReport(found.sessions, skipped: found.skipped)
    if parsed.has("--csv") {
      if !found.sessions.isEmpty { Terminal.say(String(report.csv().dropLast())) }
      for file in found.skipped {
        Terminal.warn("Overgeslagen: \(TerminalText.neutralize(file.path)): \(file.reason)")
      }
    } else {
      Terminal.say(report.rendered(markdown: parsed.has("--markdown")))
    }
    guard found.sessions.isEmpty else { return .success }
    Terminal.warn(
      found.skipped.isEmpty
        ? "oudergesprek: geen gesprekken (.json) gevonden in wat je gaf."
        : "oudergesprek: geen enkel bestand kon als gesprek gelezen worden.")
    return found.skipped.isEmpty ? .noInput : .dataError
  }
}
