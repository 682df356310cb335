import Foundation

/// Runs the built `oudergesprek` executable as a user would: arguments, scripted standard input, environment.
struct Executable {
  /// What one run printed and how it exited.
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The built program, next to the test bundle in the build folder.
  static let url: URL = {
    var directory = Bundle.main.bundleURL
    // swift test on Linux: the bundle is `.build/<triple>/debug/oudergesprekPackageTests.xctest`.
    if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
    let candidate = directory.appendingPathComponent("oudergesprek")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    return productsDirectory().appendingPathComponent("oudergesprek")
  }()

  private static func productsDirectory() -> URL {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
  }

  /// The package root, for the `Scenarios` folder and test fixtures.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Executable.swift, Support, EndToEndTests, Tests
    return url
  }()

  /// A fresh, empty data folder for one test, so tests never share transcripts.
  static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("oudergesprek-test-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs the program with `arguments`, writing `input` to its standard input and closing it.
  ///
  /// The environment is a clean one: no colour, the given data folder, the package's scenarios.
  static func run(
    _ arguments: [String], input: String = "", home: URL? = nil, environment extra: [String: String] = [:],
    workingDirectory: URL? = nil
  ) throws -> Result {
    try run(arguments, bytes: Data(input.utf8), home: home, environment: extra, workingDirectory: workingDirectory)
  }

  /// The same, with raw bytes as standard input (for input that is not valid UTF-8), optionally running another
  /// executable (a shell around the program).
  static func run(
    _ arguments: [String], bytes input: Data, home: URL? = nil, environment extra: [String: String] = [:],
    workingDirectory: URL? = nil, executable: URL = url
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "LANG": "C.UTF-8"]
    environment["OUDERGESPREK_HOME"] = (home ?? temporaryDirectory()).path
    environment["HOME"] = environment["OUDERGESPREK_HOME"]
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    process.currentDirectoryURL = workingDirectory ?? packageRoot
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // The input is written on its own thread (the program may print before it reads everything); the run ends
    // only when that write has ended too, so no write outlives its test.
    let written = DispatchSemaphore(value: 0)
    let writer = Thread {
      stdin.fileHandleForWriting.writeToProgram(input)
      try? stdin.fileHandleForWriting.close()
      written.signal()
    }
    writer.start()
    let errorData = ReadAll(stderr.fileHandleForReading)
    let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    written.wait()
    return Result(
      stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData.wait(), as: UTF8.self),
      status: process.terminationStatus)
  }
}

extension Executable {
  /// Runs a bash script in which `$0` is the program, for pipelines (`| head`) and limits (`ulimit`).
  static func runShell(_ script: String, home: URL, environment extra: [String: String] = [:]) throws -> Result {
    try run(
      ["-c", script, url.path], bytes: Data(), home: home, environment: extra,
      executable: URL(fileURLWithPath: "/bin/bash"))
  }
}

/// Reads a pipe to its end on another thread, so that a full stderr pipe never blocks the child.
final class ReadAll: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }.start()
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
