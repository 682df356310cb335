import Foundation
import OudergesprekKit
import Testing

/// The session files one run left in a data folder (`$OUDERGESPREK_HOME/sessies`).
struct SessionFolder {
  let url: URL

  init(home: URL) {
    url = home.appendingPathComponent("sessies")
  }

  /// The files with this extension (`json` for transcripts, `md` for reports), by name.
  func files(_ pathExtension: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      .filter { ($0 as NSString).pathExtension == pathExtension }
      .map { url.appendingPathComponent($0) }
  }

  /// The one transcript in the folder; a test fails when there is not exactly one.
  func onlyTranscriptFile() throws -> URL {
    let transcripts = try files("json")
    try #require(transcripts.count == 1, "verwacht één transcript in \(url.path), gevonden: \(transcripts.count)")
    return transcripts[0]
  }

  /// The one transcript as loose JSON, for checking the file format a user sees.
  func onlyTranscriptJSON() throws -> [String: Any] {
    let data = try Data(contentsOf: onlyTranscriptFile())
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The one transcript, decoded.
  func onlyTranscript() throws -> Transcript {
    try Transcript.decode(Data(contentsOf: onlyTranscriptFile()))
  }
}
