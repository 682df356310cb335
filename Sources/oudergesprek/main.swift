import Foundation
import OudergesprekKit

Terminal.prepare()
InterruptHandler().installDefault()
let code = Oudergesprek.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
Terminal.flush()
if let error = Terminal.outputError, code == .success {
  // What was meant for the screen got lost (`> /dev/full`): say so, and do not claim success.
  Terminal.warn(
    "oudergesprek: kan de uitvoer niet schrijven (\(FileProblem.describe(POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO))))."
  )
  exit(ExitCode.ioError.rawValue)
}
exit(code.rawValue)
