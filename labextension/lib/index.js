// kynangso-answers: the answers a learner gives in the kit's question widgets are kept in the notebook itself.
//
// The kernel opens a comm on the target "kynangso.answers" and sends one message per answer:
//   {cau: <question id>, tra_loi: <value>, luc: <ISO time>}
// This plugin writes it into the notebook's metadata (metadata.kynangso.tra_loi[cau] = {tra_loi, luc}) and saves
// the notebook at once, so the .ipynb alone carries every answer: a learner hands in one file, and a kernel that
// restarts or a save made before any cell ran loses nothing. On opening, the plugin answers {ok: true} so the
// kernel knows the notebook is where answers go.
const { INotebookTracker } = require('@jupyterlab/notebook');

const TARGET = 'kynangso.answers';
const KEY = 'kynangso';
const SAVE_DELAY_MS = 400;

function keepAnswer(panel, data) {
  const model = panel.content.model;
  if (!model || !data || typeof data.cau !== 'string') {
    return;
  }
  const meta = Object.assign({}, model.getMetadata(KEY) || {});
  const answers = Object.assign({}, meta.tra_loi || {});
  answers[data.cau] = { tra_loi: data.tra_loi === undefined ? null : data.tra_loi, luc: data.luc || '' };
  meta.tra_loi = answers;
  model.setMetadata(KEY, meta);
}

function watch(panel) {
  let timer = null;
  const saveSoon = () => {
    if (timer !== null) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = null;
      if (!panel.isDisposed && panel.context.isReady) {
        panel.context.save().catch(reason => console.warn('kynangso-answers: save failed', reason));
      }
    }, SAVE_DELAY_MS);
  };
  const listen = () => {
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    if (!kernel) {
      return;
    }
    kernel.registerCommTarget(TARGET, (comm, openMsg) => {
      comm.onMsg = msg => {
        keepAnswer(panel, msg.content.data);
        saveSoon();
      };
      comm.send({ ok: true });
      if (openMsg.content.data && openMsg.content.data.cau) {
        keepAnswer(panel, openMsg.content.data);
        saveSoon();
      }
    });
  };
  panel.sessionContext.kernelChanged.connect(listen);
  panel.sessionContext.ready.then(listen);
}

module.exports = [
  {
    id: 'kynangso-answers:plugin',
    description: 'Keeps question-widget answers inside the notebook.',
    autoStart: true,
    requires: [INotebookTracker],
    activate: (app, tracker) => {
      tracker.forEach(watch);
      tracker.widgetAdded.connect((sender, panel) => watch(panel));
    }
  }
];
