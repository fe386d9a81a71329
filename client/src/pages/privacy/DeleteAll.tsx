// 「删除我的全部数据」: one tap, one confirmation, then the account function removes the caller's recent results,
// reminders (pending ones cancelled first), shares (links dead at once) and outbox messages; this device's records
// are cleared too. The answer states what was removed.
import Taro from '@tarojs/taro';
import { Button } from '../../components/Button';
import { deleteAllMyData, isApiError, messageOf, type Removed } from '../../services/api';
import { clearLocal } from '../../services/storage';

export function removedMessage(r: Removed): string {
  return (
    `已删除：最近结果 ${r.history} 条、提醒 ${r.reminders} 个（待发送的已先取消）、分享 ${r.shares} 个（链接已失效）` +
    `${r.outbox ? `、发件箱消息 ${r.outbox} 条` : ''}；这台设备上的记录也已清除。`
  );
}

export function DeleteAll({ onDone }: { onDone: (message: string) => void }) {
  const run = () => {
    Taro.showModal({
      title: '删除我的全部数据',
      content: '将删除你的最近结果、全部提醒和分享（家人手里的链接立即失效），以及这台设备上的记录。删除后无法恢复。',
      confirmText: '全部删除',
      confirmColor: '#d93026',
    })
      .then((r) => {
        if (!r.confirm) return;
        return deleteAllMyData().then((res) => {
          if (isApiError(res)) return onDone(res.error.message);
          clearLocal();
          onDone(removedMessage(res.removed));
        });
      })
      .catch((e: unknown) => onDone(messageOf(e)));
  };
  return (
    <Button id="delete-all" kind="primary" onTap={run}>
      删除我的全部数据
    </Button>
  );
}
