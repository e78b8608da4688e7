// zh-CN (source language): offline capture — the upload queue's status and the app update bar.
export const offline = {
  offline: {
    offline: '离线',
    pending: '待上传 {{count}} 条',
    tapToRetry: '点击立即重试上传',
    retryIn: '{{seconds}} 秒后自动重试，点击立即重试',
    blocked: '{{count}} 条待重新登录后上传',
    rejected: '{{count}} 条提交被退回',
    rejectedTitle: '服务器退回的提交（请核对后重新填写）',
    discard: '移除',
    queued: '网络不可用，已保存在本机，联网后自动上传',
    sent: '已提交',
    savedCopy: '离线模式：显示的是上次联网时保存的数据',
    updateReady: '督办有新版本',
    reload: '立即更新',
    later: '稍后',
  },
};
