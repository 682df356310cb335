import Foundation
import OudergesprekKit

/// `oudergesprek verslag TRANSCRIPT [--uit PAD]`: renders a session's report again from its transcript.
enum ReportCommand {
  static let spec = ArgumentParser.Spec(
    command: "verslag", options: ["--uit", "--scenarios"], flags: ["--help", "-h"], maximumPositionals: 1)

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    guard let transcriptPath = parsed.positionals.first else {
      throw UsageError("'verslag' mist het gespreksbestand (het .json-bestand uit de map sessies)")
    }
    // Without --uit the report goes next to the transcript; that only makes sense for a .json file
    // (`verslag /dev/stdin` must not make /dev/stdin.md).
    guard parsed.option("--uit") != nil || transcriptPath.hasSuffix(".json") else {
      throw UsageError(
        "'\(TerminalText.neutralize(transcriptPath))' is geen .json-bestand; geef met --uit PAD aan waar het verslag heen moet"
      )
    }
    let transcript: Transcript
    do {
      transcript = try ReportFile.load(transcriptPath)
    } catch {
      Terminal.warn("oudergesprek: fout: \(error.message)")
      return error.kind == .noInput ? .noInput : .dataError
    }
    let catalog = try ScenarioSource.catalog(option: parsed.option("--scenarios"), environment: environment)
    let scenario = catalog.scenario(named: transcript.scenario)
    if scenario == nil {
      Terminal.warn(
        "Let op: scenario '\(TerminalText.neutralize(transcript.scenario))' niet gevonden; "
          + "het concept-gespreksverslag krijgt lege plekken voor de namen.")
    }
    let report = SessionReport(transcript: transcript, scenario: scenario).markdown()
    let target = parsed.option("--uit") ?? ReportFile.path(forTranscript: transcriptPath)
    if let refusal = ReportFile.refusal(of: target, input: transcriptPath) {
      Terminal.warn(
        "oudergesprek: fout: kan het verslag niet schrijven naar '\(TerminalText.neutralize(target))': \(refusal).")
      return .cannotCreate
    }
    Terminal.say(report)
    do {
      try TranscriptStore.writeAtomically(Data(report.utf8), to: target)
    } catch {
      Terminal.warn(
        "oudergesprek: fout: kan het verslag niet schrijven naar '\(TerminalText.neutralize(target))' (\(FileProblem.describe(error)))."
      )
      return .ioError
    }
    Terminal.warn("Het verslag is bewaard in: \(TerminalText.neutralize(target))")
    return .success
  }
}
