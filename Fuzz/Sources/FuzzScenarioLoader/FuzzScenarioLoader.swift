import OudergesprekKit

/// Replies that drive the engine through listening, blockades, commands and the closing.
private let replies = [
  "Ik hoor dat u zich zorgen maakt.", "U moet gewoon luisteren.", "/tip", "/kaart", "Kunt u daar meer over vertellen?",
  "/opnieuw", "Misschien moet u strenger zijn.", "Dus u zegt dat het thuis ook moeilijk is.", "/stop",
  "Ik stel voor dat we volgende week verder praten. Dank u wel.", "",
]

/// libFuzzer entry: any bytes as a scenario file. Loading must never crash, whatever the bytes; and a file that
/// loads without errors must be playable: a short session over it must not crash either.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let loaded = ScenarioLoader.load(bytes: bytes, path: "fuzz.json")
  // Render every message too: that is what a user sees, and it walks the source text.
  _ = loaded.detailedReport
  guard let scenario = loaded.scenario else { return 0 }
  let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
  var session = PracticeSession(engine: engine, seed: UInt64(size), style: .plain)
  _ = session.opening()
  for reply in replies where !session.isFinished {
    _ = session.handle(reply)
  }
  _ = session.interrupt(because: .endOfInput)
  _ = try? session.transcript.encoded()
  return 0
}
