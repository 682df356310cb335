import OudergesprekKit

/// `oudergesprek voortgang`: progress over all saved sessions, overall and per scenario.
enum ProgressCommand {
  static let spec = ArgumentParser.Spec(command: "voortgang", flags: ["--help", "-h"])

  static func run(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    let store = TranscriptStore.sessions(environment: environment)
    // Sessions that could not be saved in the data folder went on in the fallback folder: count those too,
    // each session once (the complete copy, not the partial one).
    let fallback = TranscriptStore.fallbackDirectory()
    let others = TranscriptStore.isOwnFolder(fallback) ? [TranscriptStore(directory: fallback)] : []
    let listing = store.listing(alsoIn: others)
    if let (path, reason) = listing.unreadableFolder {
      Terminal.warn(
        "oudergesprek: fout: kan de map met gesprekken niet lezen: \(TerminalText.neutralize(path)) (\(reason)).")
      return .noInput
    }
    Terminal.say(ProgressReport(listing.transcripts.map(\.transcript)).text())
    if listing.skipped > 0 {
      Terminal.warn(
        "Let op: \(listing.skipped) bestand\(listing.skipped == 1 ? "" : "en") in de map met gesprekken "
          + "kon\(listing.skipped == 1 ? "" : "den") niet gelezen worden en tel\(listing.skipped == 1 ? "t" : "len") niet mee."
      )
    }
    return .success
  }
}
