import { pickPostCheckInput } from '@duban/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { useZodForm } from '../../forms/use-zod-form.ts';
import { SubjectSelect } from '../accountability/SubjectSelect.tsx';
import { useTaskInvalidate } from './use-task-invalidate.ts';

/** 后督察台账 by name: a closed case chosen by the office, with why, beside the random draw. */
export function PickPostCheck() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const invalidate = useTaskInvalidate();
  const { form, rule, validate, showError } = useZodForm(pickPostCheckInput);
  const pick = useMutation(trpc.supervision.pickPostCheck.mutationOptions());
  const submit = async () => {
    const input = await validate();
    if (!input) return;
    pick.mutate(input, {
      onSuccess: async () => {
        message.success(t('accountability.postChecks.picked'));
        form.resetFields();
        await invalidate();
      },
      onError: showError,
    });
  };
  return (
    <Card variant="borderless" title={t('accountability.postChecks.pick')} style={{ marginBottom: 16 }} data-testid="post-check-pick">
      <p className="muted" style={{ marginTop: 0 }}>{t('accountability.postChecks.pickHint')}</p>
      <Form form={form} layout="vertical">
        <Row gutter={12} align="bottom">
          <Col xs={24} md={10}>
            <Form.Item name="taskId" label={t('accountability.postChecks.task')} required rules={[rule]}>
              <SubjectSelect kind="task" closedOnly testId="pick-task" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="reason" label={t('accountability.postChecks.reason')} required rules={[rule]}>
              <Input maxLength={500} placeholder={t('accountability.postChecks.reasonPlaceholder')} data-testid="pick-reason" />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item><Button type="primary" block loading={pick.isPending} onClick={() => void submit()} data-testid="pick-submit">{t('accountability.postChecks.picked')}</Button></Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
