// A child process for the kill -9 drill: types into a project as fast as an editor could, through the
// real autosaver, and prints each edit's number and time. The test kills it at a random moment.
import { createAutosaver } from '../../../../electron/services/project/autosave'
import { asCueId, makeDocument } from '../../../../shared/model'
import { diffProjects } from '../../../../shared/project/project-changes'
import { projectToJson, type Project } from '../../../../shared/project/project-file'

const projectPath = process.argv[2]!
const autosaver = createAutosaver({ projectPath, delayMs: 800 })
let n = 0
let last: Project | undefined
const tick = () => {
  n++
  const doc = makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 1000, text: `edit ${n}` }])
  const next: Project = { doc, glossary: [] }
  // As the editor does: the whole project once, then only what changed.
  if (!last) autosaver.replace(projectToJson(next, new Date()))
  else autosaver.edit(diffProjects(last, next)!)
  last = next
  process.stdout.write(`${n} ${Date.now()}\n`)
}
setInterval(tick, 15)
