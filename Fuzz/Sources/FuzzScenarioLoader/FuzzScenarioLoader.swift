import OudergesprekKit

/// libFuzzer entry: any bytes as a scenario file. Loading must never crash, whatever the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let loaded = ScenarioLoader.load(bytes: bytes, path: "fuzz.json")
  // Render every message too: that is what a user sees, and it walks the source text.
  _ = loaded.detailedReport
  return 0
}
