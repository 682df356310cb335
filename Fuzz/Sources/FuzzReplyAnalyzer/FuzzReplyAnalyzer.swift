import OudergesprekKit

/// libFuzzer entry: any bytes as a teacher's reply (decoded as a terminal line would be).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReplyAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let reply = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let analysis = DutchReplyAnalyzer().analyze(reply)
  _ = ReplyFeedback.line(for: analysis)
  return 0
}
