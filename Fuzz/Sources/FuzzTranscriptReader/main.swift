import OudergesprekKit

/// libFuzzer entry: any bytes as a transcript file (`verslag`, `voortgang`). Reading must never crash; a transcript
/// that reads must give a report, a progress overview and a file again without crashing, and nothing that
/// steers a terminal may be left in its texts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscriptReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let transcript = try? TranscriptReader.decode(bytes) else { return 0 }
  let report = SessionReport(transcript: transcript, scenario: nil)
  let markdown = report.markdown()
  _ = report.markdown(includingConversation: false)
  _ = ProgressReport([transcript, transcript]).text()
  _ = try? transcript.encoded()
  for text in [transcript.scenarioTitle] + transcript.turns.map(\.text) {
    precondition(TerminalText.neutralize(text, keepNewlines: true) == text, "stuurteken over in \(text.debugDescription)")
  }
  precondition(!markdown.unicodeScalars.contains { $0.value == 0x1B || (0x80...0x9F).contains($0.value) })
  return 0
}
